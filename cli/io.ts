// What every command gets: where to print, and the version of Egiz for messages and file headers.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from './project-root.ts'

export interface CommandIo {
  out: (text: string) => void
  err: (text: string) => void
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version
}

/** Prints a usage mistake the same way for every command; exit code 2. */
export function usageError(io: CommandIo, command: string, reason: string): number {
  io.err(`egiz ${command}: ${reason}. Run "egiz ${command} --help" for the options.\n`)
  return 2
}
