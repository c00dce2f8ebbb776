// `egiz align`: aligns the Kazakh and Russian versions of one agreement and prints or writes the
// pairs as text, JSON, TSV or TMX.
import { alignDocuments, prepareDocument, type AlignmentResult, type Level, type PreparedDocument } from '../aligner/pipeline.ts'
import { writeText } from '../aligner/output/text.ts'
import { writeTsv } from '../aligner/output/tsv.ts'
import { jsonChunks } from '../aligner/output/json.ts'
import { DEFAULT_EXPORT_OPTIONS, describeReport, PairExporter, type ExportOptions } from '../aligner/tmx/export.ts'
import { alignmentCandidates } from '../aligner/tmx/candidates.ts'
import { parseArgs } from './args.ts'
import { pairInputs, type InputFile } from './read-input.ts'
import { readDocumentFile } from '../corpus/files/read-document.ts'
import { packageVersion, usageError as commandUsageError, type CommandIo } from './io.ts'
import { inputGuards, outputTarget, overwriteProblem, refuseOutput, writeChunksAtomically } from './output-file.ts'
import { batched } from '../corpus/slices.ts'

export const ALIGN_USAGE = `usage: egiz align KK_FILE RU_FILE [options]
       egiz align --kk FILE --ru FILE [options]

The two files may be given in either order: their languages are detected.
  --kk FILE, --ru FILE      say which file is which (overrides detection)
  --level LEVEL             article, sentence or both (default: both for json, sentence for tmx,
                            article otherwise)
  --format FORMAT           text (default), json, tsv or tmx
  -o, --output FILE         write to FILE instead of the terminal (never over an input file;
                            -o - is the terminal)
  --raw-cells               tsv: keep cells starting with = + - @ as they are (by default they get a
                            leading ' so that a spreadsheet shows them instead of running them)
  --text original|clean     tmx: the text as in the files (default) or with Egiz's repairs
  --segments cat|pairs      tmx: pairs cut where CAT tools cut segments (default) or whole pairs
  -h, --help                show this help`

const FORMATS = ['text', 'json', 'tsv', 'tmx'] as const
type Format = (typeof FORMATS)[number]
const LEVELS = ['article', 'sentence', 'both'] as const

/** Exit codes: 0 done, 2 the input or the command line needs fixing. */
export async function runAlign(argv: string[], io: CommandIo): Promise<number> {
  const parsed = parseArgs(argv, {
    '--kk': { value: true },
    '--ru': { value: true },
    '--level': { value: true },
    '--format': { value: true },
    '--output': { value: true, alias: '-o' },
    '--raw-cells': { value: false },
    '--text': { value: true },
    '--segments': { value: true },
    '--help': { value: false, alias: '-h' },
  })
  if (!parsed.ok) return usageError(io, parsed.reason)
  const { options, positional } = parsed.args
  if (options.has('--help')) {
    io.out(ALIGN_USAGE + '\n')
    return 0
  }
  const format = (options.get('--format') ?? 'text') as Format
  if (!FORMATS.includes(format)) return usageError(io, `--format must be one of ${FORMATS.join(', ')}`)
  const level = (options.get('--level') ?? (format === 'json' ? 'both' : format === 'tmx' ? 'sentence' : 'article')) as Level
  if (!LEVELS.includes(level)) return usageError(io, `--level must be one of ${LEVELS.join(', ')}`)
  const text = (options.get('--text') ?? DEFAULT_EXPORT_OPTIONS.text) as ExportOptions['text']
  if (text !== 'original' && text !== 'clean') return usageError(io, '--text must be original or clean')
  const segments = (options.get('--segments') ?? DEFAULT_EXPORT_OPTIONS.segments) as ExportOptions['segments']
  if (segments !== 'cat' && segments !== 'pairs') return usageError(io, '--segments must be cat or pairs')

  const files = pairInputs(positional, options)
  if (!files.ok) return usageError(io, files.reason)
  const target = outputTarget(options)
  const overwrite = target === null ? null : overwriteProblem(target, inputGuards(files.inputs.map((input) => input.path)))
  if (overwrite) return refuseOutput(io, target!, overwrite)
  const documents = await prepareBoth(files.inputs, io)
  if (!documents) return 2
  // A TMX takes each sentence's article label from its article-level pair, as `egiz export` does.
  const result = alignDocuments(documents.kk, documents.ru, { level: format === 'tmx' ? 'both' : level })
  const { chunks, written } = render(result, format, level, documents, { rawCells: options.has('--raw-cells'), text, segments })
  if (target !== null) {
    try {
      await writeChunksAtomically(target, chunks)
    } catch (error) {
      io.err(`egiz: ${target}: cannot write the output (${(error as NodeJS.ErrnoException).code ?? String(error)}); choose another place with -o.\n`)
      return 2
    }
    io.err(`egiz: ${target}: ${written()}.\n`)
  } else {
    for (const batch of batched(chunks)) io.out(batch)
    if (format === 'tmx') io.err(`egiz: TMX: ${written()}.\n`)
  }
  return 0
}

const usageError = (io: CommandIo, reason: string) => commandUsageError(io, 'align', reason)

/** Reads, decodes and parses both files; on failure prints one line naming the file and returns null. */
export async function prepareBoth(inputs: InputFile[], io: CommandIo): Promise<{ kk: PreparedDocument; ru: PreparedDocument } | null> {
  const prepared: PreparedDocument[] = []
  for (const input of inputs) {
    const read = await readDocumentFile(input.path, input.language)
    if (!read.ok) {
      io.err(`egiz: ${read.reason}.\n`)
      return null
    }
    const document = prepareDocument(read.source, input.language)
    if (!document.ok) {
      io.err(`egiz: ${input.path}: ${document.reason}.\n`)
      return null
    }
    prepared.push(document.document)
  }
  const [first, second] = prepared as [PreparedDocument, PreparedDocument]
  if (first.language === second.language) {
    const language = first.language === 'kk' ? 'Kazakh' : 'Russian'
    io.err(`egiz: ${first.name} and ${second.name} are both ${language}; give one Kazakh and one Russian version (or say which is which with --kk and --ru).\n`)
    return null
  }
  return first.language === 'kk' ? { kk: first, ru: second } : { kk: second, ru: first }
}

/**
 * The output in the chosen format, as chunks written as they are produced (JSON and TMX pair by
 * pair), and what it held in words once written (`92 pairs written, 3 with an empty side`).
 */
function render(result: AlignmentResult, format: Format, level: Level, documents: { kk: PreparedDocument; ru: PreparedDocument }, choices: Pick<ExportOptions, 'rawCells' | 'text' | 'segments'>): { chunks: Iterable<string>; written: () => string } {
  const pairs = (count: number) => () => `${count} pairs written`
  switch (format) {
    case 'json':
      return { chunks: jsonChunks(result as unknown as Record<string, unknown>), written: pairs(result.pairs.length) }
    case 'tsv':
      return { chunks: [writeTsv(result.pairs, { rawCells: choices.rawCells })], written: pairs(result.pairs.length) }
    case 'tmx': {
      // Nothing is reviewed yet: every pair goes in, with the options of `egiz export` (pairs with an
      // empty side are left out of a TM and counted, as there).
      const exporter = new PairExporter({ ...DEFAULT_EXPORT_OPTIONS, pairs: 'all', level, text: choices.text, segments: choices.segments }, packageVersion())
      function* tmx(): Generator<string> {
        yield exporter.header()
        for (const candidate of alignmentCandidates(result, documents.kk, documents.ru, new Date())) yield exporter.pair(candidate)
        yield exporter.footer()
      }
      return { chunks: tmx(), written: () => describeReport(exporter.report) }
    }
    case 'text':
      return { chunks: [writeText(result, level)], written: pairs(result.pairs.filter((p) => level === 'both' || p.level === level).length) }
  }
}
