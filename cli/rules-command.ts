// `egiz rules`: segmentation rules that make a CAT tool cut segments where Egiz cuts sentences, so
// that the TM Egiz exports fills the segments of the documents (aligner/tmx/segmentation-rules.ts).
import { omegatSegmentationConf, srxRules } from '../aligner/tmx/segmentation-rules.ts'
import { parseArgs } from './args.ts'
import { usageError, type CommandIo } from './io.ts'
import { writeFileAtomically } from './output-file.ts'

export const RULES_USAGE = `usage: egiz rules -o FILE

Writes segmentation rules that cut segments where Egiz cuts sentences: OmegaT's default rules,
except after legal abbreviations (г., ст., п., ж., т.б. …), where they would cut a Russian sentence
the Kazakh one has no cut for. With them, a TM from egiz export fills those segments too.
  -o, --output FILE   FILE.srx: SRX 2.0, the standard rules format, for the tools that import it
                      in their segmentation settings; segmentation.conf: OmegaT 3 and 4 (put it
                      in the project's omegat/ folder)
  -h, --help          show this help`

export function runRules(argv: string[], io: CommandIo): number {
  const parsed = parseArgs(argv, { '--output': { value: true, alias: '-o' }, '--help': { value: false, alias: '-h' } })
  if (!parsed.ok) return usageError(io, 'rules', parsed.reason)
  const { options } = parsed.args
  if (options.has('--help')) {
    io.out(RULES_USAGE + '\n')
    return 0
  }
  const target = options.get('--output')
  if (typeof target !== 'string') return usageError(io, 'rules', 'say where to write the rules with -o FILE.srx or -o segmentation.conf')
  const omegat = /(?:^|[\\/])segmentation\.conf$/i.test(target)
  if (!omegat && !/\.srx$/i.test(target)) return usageError(io, 'rules', `${target}: name it FILE.srx (SRX 2.0) or segmentation.conf (OmegaT 3 and 4)`)
  try {
    writeFileAtomically(target, omegat ? omegatSegmentationConf() : srxRules())
  } catch (error) {
    io.err(`egiz: ${target}: cannot write the rules (${(error as NodeJS.ErrnoException).code ?? String(error)}); choose another place with -o.\n`)
    return 2
  }
  io.err(`egiz: ${target}: ${omegat ? 'OmegaT project segmentation rules written; put the file in the project\'s omegat/ folder' : 'SRX 2.0 segmentation rules written; import them in the CAT tool\'s segmentation settings'}.\n`)
  return 0
}
