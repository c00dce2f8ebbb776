// Entry point of the `egiz` command: dispatches to the sub-commands. Each command's modules (SQLite,
// the aligner, pdf.js…) load only when that command runs, so `egiz --help` starts light.
import { printable } from '../aligner/output/terminal.ts'
import { defaultWorkspacePath } from '../corpus/paths.ts'
import { useFrancOnDemand } from '../corpus/franc-loader.ts'
import type { CommandIo } from './io.ts'

type Run = (argv: string[], io: CommandIo) => number | Promise<number>

const COMMANDS: Record<string, { load: () => Promise<Run>; summary: string }> = {
  align: { load: async () => (await import('./align-command.ts')).runAlign, summary: 'align two versions; pairs as text, json, tsv or tmx' },
  check: { load: async () => (await import('./check-command.ts')).runCheck, summary: 'report where the two versions differ (text, json, --report html)' },
  import: { load: async () => (await import('./corpus-commands.ts')).runImport, summary: 'align a pair and keep it in the workspace' },
  batch: { load: async () => (await import('./batch-command.ts')).runBatchCommand, summary: 'find the pairs in a folder and import them all (every core)' },
  projects: { load: async () => (await import('./corpus-commands.ts')).runProjects, summary: 'list the projects and documents of the workspace' },
  search: { load: async () => (await import('./corpus-commands.ts')).runSearch, summary: 'find text in both languages of the workspace' },
  stats: { load: async () => (await import('./corpus-commands.ts')).runStats, summary: 'count pairs, review statuses and findings' },
  terms: { load: async () => (await import('./corpus-commands.ts')).runTerms, summary: 'terms rendered in more than one way in the confirmed pairs' },
  serve: { load: async () => (await import('./serve-command.ts')).runServe, summary: 'the review screen in a browser, on 127.0.0.1 only' },
  export: { load: async () => (await import('./export-command.ts')).runExport, summary: 'write the workspace pairs as TMX or TSV' },
  rules: { load: async () => (await import('./rules-command.ts')).runRules, summary: 'segmentation rules for CAT tools that cut where Egiz cuts (SRX, OmegaT)' },
}

const USAGE = `Egiz — aligns the Kazakh and Russian versions of Kazakhstan's agreements and laws.

usage: egiz COMMAND [options]      (egiz COMMAND --help for a command's options)

commands:
${Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`).join('\n')}

Commands on the workspace take --db FILE; without it they use the workspace in the user-data folder.`

/**
 * The process's own output. Messages (with file names in them) never carry escape sequences to the
 * terminal, and neither does output shown on one; output piped to a file or program goes as it is.
 */
const consoleIo: CommandIo = {
  out: (text) => process.stdout.write(process.stdout.isTTY ? printable(text) : text),
  err: (text) => process.stderr.write(printable(text)),
}

/** `egiz projects | head`: when the reader goes away, stop quietly instead of with a stack trace. */
export function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0)
    })
  }
}

export async function main(argv: string[], io: CommandIo = consoleIo): Promise<number> {
  useFrancOnDemand()
  const [name, ...rest] = argv
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.out(USAGE + '\n')
    return name === undefined ? 2 : 0
  }
  const command = COMMANDS[name]
  if (!command) {
    io.err(`egiz: unknown command "${name}". Run "egiz --help" for the commands.\n`)
    return 2
  }
  const run = await command.load()
  try {
    return await run(rest, io)
  } catch (error) {
    // Damage, a full disk or a busy workspace met in the middle of a command: one line, the latest backup.
    const { describeDatabaseError, listBackups } = await import('../corpus/database.ts')
    const known = describeDatabaseError(error)
    if (!known) throw error
    const database = databaseArgument(rest)
    const backup = listBackups(database)[0]
    io.err(`egiz: ${database}: ${known}.${backup ? ` The latest backup is ${backup}; open it with --db "${backup}".` : ''}\n`)
    return 2
  }
}

/** The workspace a command's arguments name (--db FILE), or the default one. */
function databaseArgument(argv: string[]): string {
  const at = argv.indexOf('--db')
  return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1]! : defaultWorkspacePath()
}
