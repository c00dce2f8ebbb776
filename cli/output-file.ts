// Writes output files so that nothing is lost: never over an input or the open workspace (compared
// by device and inode, and by real path where the file does not exist yet), and through a temporary
// file beside the target — an unpredictable name, created exclusively, never through a symbolic
// link — that replaces the target only when complete, keeping the target's mode.
import { chmodSync, closeSync, constants, fchmodSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { constants as osConstants } from 'node:os'
import { basename, dirname, join, resolve, sep } from 'node:path'
import { printable } from '../aligner/output/terminal.ts'
import { batched, Slices } from '../corpus/slices.ts'

/** A file or folder an output must never replace, and what to call it in the refusal. */
export interface Guarded {
  path: string
  what: string
  /** A folder whose files are all guarded (the backups), not only the path itself. */
  folder?: boolean
}

/** The workspace file and everything SQLite and Egiz keep beside it. */
export function workspaceGuards(database: string): Guarded[] {
  return [
    { path: database, what: 'the workspace' },
    ...['-wal', '-shm', '-journal'].map((suffix) => ({ path: database + suffix, what: "the workspace's journal" })),
    { path: `${database}.backups`, what: "the workspace's backups", folder: true },
  ]
}

export function inputGuards(paths: string[]): Guarded[] {
  return paths.map((path) => ({ path, what: 'an input file' }))
}

/** Why writing `target` would destroy something guarded, or null when it is safe. */
export function overwriteProblem(target: string, guarded: Guarded[]): string | null {
  const targetReal = realPathOf(target)
  const targetStat = statOrNull(target)
  for (const { path, what, folder } of guarded) {
    const guardStat = statOrNull(path)
    if (targetStat && guardStat && targetStat.dev === guardStat.dev && targetStat.ino === guardStat.ino) return `it is ${what} (${path})`
    const guardReal = realPathOf(path)
    if (targetReal === guardReal || (folder && targetReal.startsWith(guardReal + sep))) return `it is ${what} (${path})`
  }
  return null
}

/** The file `-o` names, or null for the terminal: no `-o`, or `-o -` as command-line tools read it. */
export function outputTarget(options: Map<string, string | true>): string | null {
  const target = options.get('--output')
  return typeof target === 'string' && target !== '-' ? target : null
}

/** Says why an output is refused; exit code 2, nothing written. */
export function refuseOutput(io: { err: (text: string) => void }, target: string, problem: string): number {
  io.err(`egiz: ${target}: will not write the output there: ${problem}, which would be lost. Choose another output file.\n`)
  return 2
}

/** The path with its folder's links resolved, for a file that may not exist yet. */
function realPathOf(path: string): string {
  const absolute = resolve(path)
  try {
    return realpathSync(absolute)
  } catch {
    try {
      return join(realpathSync(dirname(absolute)), basename(absolute))
    } catch {
      return absolute
    }
  }
}

/** Tries at a temporary name before giving up: each taken name is tried again with another suffix. */
const TEMPORARY_NAME_TRIES = 8

/**
 * Random hex for a temporary file's name. It need not be secret (so node:crypto, whose loading costs
 * every command 7 ms, is not needed): the file is opened exclusively and never through a link, so a
 * file somebody placed there first only makes the next try take another name.
 */
function randomSuffix(): string {
  const part = () => Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, '0')
  return part() + part()
}

function statOrNull(path: string) {
  try {
    return statSync(path)
  } catch {
    return null
  }
}

/** A new file beside the target, opened exclusively and never through a link: nobody can make us write where they point. */
function createTemporaryBeside(target: string): { path: string; fd: number } {
  for (let attempt = 1; ; attempt++) {
    const path = join(dirname(target), `.${basename(target)}.${randomSuffix()}.tmp`)
    try {
      return { path, fd: openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o666) }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt === TEMPORARY_NAME_TRIES) throw error
    }
  }
}

/**
 * Temporary files not yet renamed or removed, by the target each will replace: removed if the
 * process is interrupted. Only while an output is written does the process handle Ctrl-C itself;
 * the rest of the time Ctrl-C ends it at once, in the middle of a computation too.
 */
const live = new Map<string, string>()
const INTERRUPTIONS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
/** Outputs being written; the signals are handled while there is one. */
let writing = 0
let exitCleanupInstalled = false

function removeLive(): void {
  for (const path of live.keys()) rmSync(path, { force: true })
  live.clear()
}

function onInterruption(signal: NodeJS.Signals): void {
  const targets = [...live.values()]
  removeLive()
  for (const target of targets) process.stderr.write(printable(`egiz: stopped; nothing was written to ${target}.\n`))
  // Other listeners (a batch stopping cleanly) decide; alone, end as the signal would.
  if (process.listenerCount(signal) === 1) process.exit(128 + (osConstants.signals[signal] ?? 1))
}

/**
 * Handles the signals from before the temporary file exists: a signal that came between its
 * creation and the handler would end the process and leave the file behind. The handler itself
 * runs later, between tasks, when the file is known.
 */
function startWriting(): void {
  if (!exitCleanupInstalled) {
    exitCleanupInstalled = true
    process.on('exit', removeLive)
  }
  if (writing++ === 0) for (const signal of INTERRUPTIONS) process.on(signal, onInterruption)
}

function stopWriting(): void {
  if (--writing === 0) for (const signal of INTERRUPTIONS) process.removeListener(signal, onInterruption)
}

/** How long a write may run without letting a Ctrl-C in. */
const SIGNAL_LATENCY_MS = 50

/**
 * The writing loops' turns of the event loop, one each SIGNAL_LATENCY_MS: a signal's handler (which
 * removes the temporary files and ends the process) runs only between tasks, never inside a long
 * synchronous loop.
 */
export const writingTurns = new Slices(SIGNAL_LATENCY_MS)

/** An output being written: a temporary file beside its target until `commit` renames it into place. */
export class OutputFile {
  readonly target: string
  readonly temporary: string
  private fd: number | null
  private ended = false

  /** Writing into a device or pipe (`-o /dev/null`, `-o /dev/stdout`): there is no file to replace. */
  readonly direct: boolean

  private constructor(target: string) {
    this.target = target
    const existing = statOrNull(target)
    this.direct = existing !== null && !existing.isFile() && !existing.isDirectory()
    if (this.direct) {
      // Renaming a temporary file over /dev/null would replace the device with a plain file.
      this.temporary = target
      this.fd = openSync(target, constants.O_WRONLY)
      return
    }
    startWriting()
    try {
      const { path, fd } = createTemporaryBeside(target)
      this.temporary = path
      this.fd = fd
    } catch (error) {
      stopWriting()
      throw error
    }
    live.set(this.temporary, target)
  }

  static beside(target: string): OutputFile {
    return new OutputFile(target)
  }

  write(text: string): void {
    writeSync(this.fd!, text)
  }

  /** Closes the temporary file (to check it before commit). */
  close(): void {
    if (this.fd === null) return
    closeSync(this.fd)
    this.fd = null
  }

  /** Replaces the target with the written file, keeping the target's permissions. */
  commit(): void {
    if (this.direct) return this.close()
    const existing = statOrNull(this.target)
    if (existing) {
      if (this.fd !== null) fchmodSync(this.fd, existing.mode & 0o7777)
      else chmodSync(this.temporary, existing.mode & 0o7777)
    }
    this.close()
    renameSync(this.temporary, this.target)
    this.end()
  }

  discard(): void {
    try {
      this.close()
    } catch {
      // Already closed.
    }
    if (this.direct) return
    rmSync(this.temporary, { force: true })
    this.end()
  }

  /** The temporary file is gone (renamed or removed): a signal no longer needs handling for it. */
  private end(): void {
    if (this.ended) return
    this.ended = true
    live.delete(this.temporary)
    stopWriting()
  }
}

/** Writes chunks into an output as they are produced, in batches, letting a Ctrl-C in between them. */
export async function writeAll(output: OutputFile, chunks: Iterable<string>): Promise<void> {
  for (const batch of batched(chunks)) {
    output.write(batch)
    if (writingTurns.due()) await writingTurns.pause()
  }
}

/**
 * Writes an output as it is produced into a temporary file that replaces the target when complete.
 * A Ctrl-C on the way leaves the target as it was.
 */
export async function writeChunksAtomically(path: string, chunks: Iterable<string>): Promise<void> {
  const output = OutputFile.beside(path)
  try {
    await writeAll(output, chunks)
    output.commit()
  } catch (error) {
    output.discard()
    throw error
  }
}

/** Writes an output file all at once, or not at all. */
export function writeFileAtomically(path: string, content: string): void {
  const output = OutputFile.beside(path)
  try {
    output.write(content)
    output.commit()
  } catch (error) {
    output.discard()
    throw error
  }
}
