// `egiz export`: streams the pairs of the workspace (a project, an alignment, or everything) to a
// TMX 1.4 or TSV file under the translator's options. The file is written to a temporary name,
// checked, and only then put in place: an export never leaves a half-written file.
import { closeSync, openSync, readSync } from 'node:fs'
import { DEFAULT_EXPORT_OPTIONS, describeReport, PairExporter, type ExportCandidate, type ExportOptions } from '../aligner/tmx/export.ts'
import { checkExportedTmxInTurns } from '../aligner/tmx/check.ts'
import type { Level } from '../corpus/rows.ts'
import type { Workspace } from '../corpus/workspace.ts'
import { parseArgs } from './args.ts'
import { packageVersion, usageError, type CommandIo } from './io.ts'
import { describeDatabaseError } from '../corpus/database.ts'
import { OutputFile, overwriteProblem, refuseOutput, workspaceGuards, writeAll, writingTurns } from './output-file.ts'
import { DB_OPTION, openWorkspaceOption, workspacePathOption } from './workspace-option.ts'

export const EXPORT_USAGE = `usage: egiz export -o FILE [--project NAME | --alignment ID] [options] [--db FILE]
  --format tmx|tsv|tsv-full   TMX 1.4 (default), two-column TSV, or TSV with id, confidence, status…
  --source kk|ru              source language, written first (default kk)
  --codes regional|short      kk-KZ/ru-RU (default) or kk/ru
  --level sentence|article|both   which pairs (default sentence)
  --status confirmed|all      confirmed pairs only (default) or all but rejected ones
  --min-confidence X          leave out pairs below X (0 to 1)
  --keep-empty                keep pairs with an empty side (left out by default)
  --dedupe                    leave out exact duplicates
  --raw-cells                 tsv: keep cells starting with = + - @ as they are (by default they get a
                              leading ' so that a spreadsheet shows them instead of running them)
  --text original|clean       the text as in the original files (default: what a CAT tool finds in
                              the documents), or the clean text with Egiz's repairs
  --segments cat|pairs        pairs cut where CAT tools cut segments, wherever both sides cut alike
                              (default), or one unit per aligned pair`

type OptionsResult = { ok: true; options: ExportOptions } | { ok: false; reason: string }

/** Reads the export options shared by `egiz export` (and, later, the app's dialog). */
export function exportOptions(options: Map<string, string | true>): OptionsResult {
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T | null => {
    const value = options.get(name) ?? fallback
    return allowed.includes(value as T) ? (value as T) : null
  }
  const format = pick('--format', ['tmx', 'tsv', 'tsv-full'] as const, 'tmx')
  const source = pick('--source', ['kk', 'ru'] as const, 'kk')
  const codes = pick('--codes', ['regional', 'short'] as const, 'regional')
  const level = pick('--level', ['sentence', 'article', 'both'] as const, 'sentence')
  const pairs = pick('--status', ['confirmed', 'all'] as const, 'confirmed')
  const text = pick('--text', ['clean', 'original'] as const, 'original')
  const segments = pick('--segments', ['cat', 'pairs'] as const, 'cat')
  if (!format) return { ok: false, reason: '--format must be tmx, tsv or tsv-full' }
  if (!source) return { ok: false, reason: '--source must be kk or ru' }
  if (!codes) return { ok: false, reason: '--codes must be regional or short' }
  if (!level) return { ok: false, reason: '--level must be sentence, article or both' }
  if (!pairs) return { ok: false, reason: '--status must be confirmed or all' }
  if (!text) return { ok: false, reason: '--text must be original or clean' }
  if (!segments) return { ok: false, reason: '--segments must be cat or pairs' }
  const threshold = options.get('--min-confidence')
  const minConfidence = typeof threshold === 'string' ? Number(threshold) : null
  if (minConfidence !== null && !(minConfidence >= 0 && minConfidence <= 1)) return { ok: false, reason: '--min-confidence must be a number from 0 to 1' }
  return {
    ok: true,
    options: { ...DEFAULT_EXPORT_OPTIONS, format, source, codes, level, pairs, text, segments, minConfidence, skipEmpty: !options.has('--keep-empty'), dropDuplicates: options.has('--dedupe'), rawCells: options.has('--raw-cells') },
  }
}

export async function runExport(argv: string[], io: CommandIo): Promise<number> {
  const parsed = parseArgs(argv, {
    '--output': { value: true, alias: '-o' },
    '--project': { value: true },
    '--alignment': { value: true },
    '--format': { value: true },
    '--source': { value: true },
    '--codes': { value: true },
    '--level': { value: true },
    '--status': { value: true },
    '--min-confidence': { value: true },
    '--keep-empty': { value: false },
    '--dedupe': { value: false },
    '--raw-cells': { value: false },
    '--text': { value: true },
    '--segments': { value: true },
    '--help': { value: false, alias: '-h' },
    ...DB_OPTION,
  })
  if (!parsed.ok) return usageError(io, 'export', parsed.reason)
  const { options } = parsed.args
  if (options.has('--help')) {
    io.out(EXPORT_USAGE + '\n')
    return 0
  }
  const target = options.get('--output')
  if (typeof target !== 'string') return usageError(io, 'export', 'say where to write with -o FILE')
  // The file written is read back and checked as a CAT tool reads it: the terminal cannot be.
  if (target === '-') return usageError(io, 'export', 'write to a file with -o FILE: the TMX written is read back and checked')
  const chosen = exportOptions(options)
  if (!chosen.ok) return usageError(io, 'export', chosen.reason)
  const database = workspacePathOption(options)
  const overwrite = overwriteProblem(target, workspaceGuards(database))
  if (overwrite) return refuseOutput(io, target, overwrite)
  const workspace = openWorkspaceOption(options, io, { mustExist: true })
  if (!workspace) return 2
  try {
    const scope = resolveScope(workspace, options, io)
    if (!scope) return 2
    const exporter = new PairExporter(chosen.options, packageVersion())
    const levels: Level[] = chosen.options.level === 'both' ? ['article', 'sentence'] : [chosen.options.level]
    const problem = await writeChecked(target, chosen.options.format, exporter, workspace.exportCandidates({ ...scope, levels }))
    if (problem) {
      io.err(`egiz: ${target}: the export failed its check (${problem}); nothing was written. This is a bug in Egiz: please report it.\n`)
      return 1
    }
    io.err(`egiz: ${target}: ${describeReport(exporter.report)}.\n`)
    return 0
  } catch (error) {
    if (describeDatabaseError(error)) throw error // the workspace's problem, said by main with its backup
    io.err(`egiz: ${target}: cannot write the export (${(error as NodeJS.ErrnoException).code ?? String(error)}); choose another place with -o.\n`)
    return 2
  } finally {
    workspace.close()
  }
}

function resolveScope(workspace: Workspace, options: Map<string, string | true>, io: CommandIo): { projectId?: number; alignmentId?: number } | null {
  const project = options.get('--project')
  const alignment = options.get('--alignment')
  if (typeof alignment === 'string') {
    const id = Number(alignment)
    if (!workspace.alignments().some((a) => a.id === id)) {
      io.err(`egiz: there is no alignment ${alignment} in ${workspace.path}; "egiz projects" lists them.\n`)
      return null
    }
    return { alignmentId: id }
  }
  if (typeof project === 'string') {
    const found = workspace.projects().find((p) => p.name === project)
    if (!found) {
      io.err(`egiz: there is no project "${project}" in ${workspace.path}; "egiz projects" lists them.\n`)
      return null
    }
    return { projectId: found.id }
  }
  return {}
}

/**
 * Writes the exporter's document to a temporary file beside the target, checks it, and renames it
 * into place. Returns a problem found by the check (the temporary file is then removed), or null.
 * A Ctrl-C on the way leaves the target as it was.
 */
async function writeChecked(target: string, format: string, exporter: PairExporter, candidates: Iterable<ExportCandidate>): Promise<string | null> {
  const output = OutputFile.beside(target)
  try {
    await writeAll(output, exporter.document(candidates))
    output.close()
    // A device or pipe (`-o /dev/stdout`) cannot be read back.
    const problem = format === 'tmx' && !output.direct ? await checkTmxFile(output.temporary, exporter.report.units) : null
    if (problem) {
      output.discard()
      return problem
    }
    output.commit()
    return null
  } catch (error) {
    output.discard()
    throw error
  }
}

/** Reads the TMX back, a chunk at a time whatever its size, and compares its units with what was written. */
export function checkTmxFile(path: string, written: number): Promise<string | null> {
  return checkExportedTmxInTurns(fileChunks(path), written, writingTurns)
}

/** Chunks of a file read back from disk. */
const CHECK_CHUNK_BYTES = 1024 * 1024

function* fileChunks(path: string): Generator<Uint8Array> {
  const fd = openSync(path, 'r')
  try {
    const chunk = Buffer.allocUnsafe(CHECK_CHUNK_BYTES)
    for (let read = readSync(fd, chunk, 0, CHECK_CHUNK_BYTES, null); read > 0; read = readSync(fd, chunk, 0, CHECK_CHUNK_BYTES, null)) yield chunk.subarray(0, read)
  } finally {
    closeSync(fd)
  }
}
