// Opens the workspace a command works on: --db FILE, or the default one in the user-data folder.
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { defaultWorkspacePath } from '../corpus/paths.ts'
import { Workspace } from '../corpus/workspace.ts'
import { packageVersion, type CommandIo } from './io.ts'

export const DB_OPTION = { '--db': { value: true } } as const

/** The workspace file the options name: --db FILE, or the default one. */
export function workspacePathOption(options: Map<string, string | true>): string {
  const given = options.get('--db')
  return typeof given === 'string' ? given : defaultWorkspacePath()
}

/**
 * The workspace the options name, opened; null when it cannot be, with the reason said. A command
 * that only reads (`mustExist`) refuses a path with no workspace rather than creating an empty one:
 * a mistyped --db would otherwise export nothing, successfully, and leave a stray file.
 */
export function openWorkspaceOption(options: Map<string, string | true>, io: CommandIo, { mustExist = false } = {}): Workspace | null {
  const path = workspacePathOption(options)
  if (mustExist && !existsSync(path)) {
    io.err(
      typeof options.get('--db') === 'string'
        ? `egiz: ${path}: there is no workspace at this path; check it, or create one with "egiz import KK RU --db ${path}".\n`
        : `egiz: there is no workspace yet (${path}); "egiz import KK RU" creates it.\n`,
    )
    return null
  }
  if (existsSync(path) && !statSync(path).isFile()) {
    // SQLite would write its journal beside it (a /dev/null-journal in /dev) before failing.
    io.err(`egiz: ${path}: is not a workspace file (a folder, a device or a pipe); give the path of a workspace .sqlite file.\n`)
    return null
  }
  if (typeof options.get('--db') !== 'string') mkdirSync(dirname(path), { recursive: true })
  const opened = Workspace.open(path, { appVersion: packageVersion() })
  if (opened.ok) return opened.workspace
  const backup = opened.backups[0]
  io.err(`egiz: ${path}: ${opened.reason}.${backup ? ` The latest backup is ${backup}; open it with --db "${backup}".` : ''}\n`)
  return null
}

/** Removes a workspace this command created and then failed to use: a failed first import leaves nothing. */
export function removeNewWorkspace(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true })
  rmSync(`${path}.backups`, { recursive: true, force: true })
}
