// What every command gets: where to print, and the version of Egiz for messages and file headers.
import { readFileSync } from 'node:fs'

export interface CommandIo {
  out: (text: string) => void
  err: (text: string) => void
}

export function packageVersion(): string {
  const url = new URL('../package.json', import.meta.url)
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version
}

/** Prints a usage mistake the same way for every command; exit code 2. */
export function usageError(io: CommandIo, command: string, reason: string): number {
  io.err(`egiz ${command}: ${reason}. Run "egiz ${command} --help" for the options.\n`)
  return 2
}
