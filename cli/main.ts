// Entry point of the `egiz` command: dispatches to the sub-commands.
import { ALIGN_USAGE, runAlign, type CommandIo } from './align-command.ts'

const USAGE = `Egiz — aligns the Kazakh and Russian versions of Kazakhstan's agreements and laws.

usage: egiz COMMAND [options]

commands:
  align KK_FILE RU_FILE    align two versions; pairs as text, json, tsv or tmx

${ALIGN_USAGE}`

const consoleIo: CommandIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}

export async function main(argv: string[], io: CommandIo = consoleIo): Promise<number> {
  const [command, ...rest] = argv
  switch (command) {
    case 'align':
      return runAlign(rest, io)
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      io.out(USAGE + '\n')
      return command === undefined ? 2 : 0
    default:
      io.err(`egiz: unknown command "${command}". Run "egiz --help" for the commands.\n`)
      return 2
  }
}
