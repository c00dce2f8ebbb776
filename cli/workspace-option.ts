// Opens the workspace a command works on: --db FILE, or the default one in the user-data folder.
import { mkdirSync } from 'node:fs'
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

export function openWorkspaceOption(options: Map<string, string | true>, io: CommandIo): Workspace | null {
  const path = workspacePathOption(options)
  if (typeof options.get('--db') !== 'string') mkdirSync(dirname(path), { recursive: true })
  const opened = Workspace.open(path, { appVersion: packageVersion() })
  if (opened.ok) return opened.workspace
  const backup = opened.backups[0]
  io.err(`egiz: ${path}: ${opened.reason}.${backup ? ` The latest backup is ${backup}; open it with --db "${backup}".` : ''}\n`)
  return null
}
