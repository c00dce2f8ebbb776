// `egiz check`: aligns two versions like `egiz align` and reports where they differ — structure,
// numbers, dates, references, codes, language, length — as text, JSON, or an HTML report.
import { readFileSync } from 'node:fs'
import { alignDocuments, type PreparedDocument } from '../aligner/pipeline.ts'
import type { RepairKind } from '../aligner/text/edits.ts'
import { checkAlignment } from '../aligner/checks/run.ts'
import { describeFinding } from '../aligner/checks/messages.ts'
import { checkReportChunks } from '../aligner/checks/report.ts'
import { FINDING_KINDS, type Finding } from '../aligner/checks/findings.ts'
import { prepareBoth } from './align-command.ts'
import { parseArgs } from './args.ts'
import { usageError, type CommandIo } from './io.ts'
import { pairInputs } from './read-input.ts'
import { printable } from '../aligner/output/terminal.ts'
import { jsonChunks } from '../aligner/output/json.ts'
import { inputGuards, outputTarget, overwriteProblem, refuseOutput, writeChunksAtomically } from './output-file.ts'
import { batched } from '../corpus/slices.ts'

export const CHECK_USAGE = `usage: egiz check KK_FILE RU_FILE [options]
       egiz check --kk FILE --ru FILE [options]

Reports where the Kazakh and Russian versions differ: a unit on one side only, numbers, dates,
references, codes, untranslated text, possible omissions, punctuation, brackets, mixed scripts.
  --format text|json        text (default) or JSON
  -o, --output FILE         write to FILE instead of the terminal (-o - is the terminal)
  --report FILE.html        also write a self-contained HTML report (prints to PDF)
  --abbreviations FILE.json your table of abbreviations compared across the languages,
                            e.g. {"ООН": "UN", "БҰҰ": "UN", "МИД": "MFA", "СІМ": "MFA"}
  --language en|kk|ru       the language the findings are written in (default en); JSON
                            always adds each finding's detail (code and values)`

export async function runCheck(argv: string[], io: CommandIo): Promise<number> {
  const parsed = parseArgs(argv, {
    '--kk': { value: true },
    '--ru': { value: true },
    '--format': { value: true },
    '--output': { value: true, alias: '-o' },
    '--report': { value: true },
    '--abbreviations': { value: true },
    '--language': { value: true },
    '--help': { value: false, alias: '-h' },
  })
  if (!parsed.ok) return usageError(io, 'check', parsed.reason)
  const { options, positional } = parsed.args
  if (options.has('--help')) {
    io.out(CHECK_USAGE + '\n')
    return 0
  }
  const format = options.get('--format') ?? 'text'
  if (format !== 'text' && format !== 'json') return usageError(io, 'check', '--format must be text or json')
  const language = options.get('--language') ?? 'en'
  if (language !== 'en' && language !== 'kk' && language !== 'ru') return usageError(io, 'check', '--language must be en, kk or ru')
  const files = pairInputs(positional, options)
  if (!files.ok) return usageError(io, 'check', files.reason)
  const report = options.get('--report')
  const target = outputTarget(options)
  for (const file of [target, report]) {
    const overwrite = typeof file === 'string' ? overwriteProblem(file, inputGuards(files.inputs.map((input) => input.path))) : null
    if (overwrite) return refuseOutput(io, file as string, overwrite)
  }
  // `--report html` meant the format, not a file named `html`: the report is a page, FILE.html.
  if (typeof report === 'string' && !/\.html?$/i.test(report)) return usageError(io, 'check', `--report takes the HTML file to write, such as --report report.html (got "${report}")`)
  const table = abbreviationTable(options.get('--abbreviations'), io)
  if (table === null) return 2
  const documents = await prepareBoth(files.inputs, io)
  if (!documents) return 2
  const result = alignDocuments(documents.kk, documents.ru, { level: 'both' })
  const findings = checkAlignment({ result, ...documents, abbreviations: table }).map((f) => ({ ...f, message: describeFinding(f.detail, language) }))
  const texts = { kk: documents.kk.normalized.text, ru: documents.ru.normalized.text }
  const repairs = { kk: repairCounts(documents.kk), ru: repairCounts(documents.ru) }
  // JSON is written as it is produced (finding by finding): a long document with many findings
  // never exists as one string.
  const output = format === 'json'
    ? jsonChunks({ version: 1, kk: { file: result.kk.file, repairs: repairs.kk }, ru: { file: result.ru.file, repairs: repairs.ru }, summary: summary(findings), findings: findings.map((f) => ({ ...f, kkText: f.kk && texts.kk.slice(f.kk.start, f.kk.end), ruText: f.ru && texts.ru.slice(f.ru.start, f.ru.end) })) })
    : textReport(findings, result.kk.file, result.ru.file, repairs)
  try {
    if (typeof report === 'string') await writeChunksAtomically(report, checkReportChunks(result, findings, texts, new Date()))
    if (target !== null) await writeChunksAtomically(target, output)
    else for (const batch of batched(output)) io.out(batch)
  } catch (error) {
    io.err(`egiz: cannot write the report (${(error as NodeJS.ErrnoException).code ?? String(error)}); choose another place.\n`)
    return 2
  }
  return 0
}

function summary(findings: Finding[]): Record<string, number> {
  return Object.fromEntries(FINDING_KINDS.map((kind) => [kind, findings.filter((f) => f.kind === kind).length]).filter(([, n]) => (n as number) > 0))
}

/** Repairs that change letters, by kind: what the translator should know was read differently from the file. */
const REPORTED_REPAIRS: Partial<Record<RepairKind, string>> = { lookalike: 'look-alike letters put in the word\'s script', 'letter-spacing': 'letter-spaced words joined' }

function repairCounts(document: PreparedDocument): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const repair of document.normalized.repairs) if (repair.kind in REPORTED_REPAIRS) counts[repair.kind] = (counts[repair.kind] ?? 0) + 1
  return counts
}

/** The text report line by line, as the JSON one is written: never one string for a long document. */
function* textReport(findings: Finding[], kkFile: string, ruFile: string, repairs: Record<'kk' | 'ru', Record<string, number>>): Generator<string> {
  const repaired = (counts: Record<string, number>) => Object.entries(counts).map(([kind, n]) => `${n} ${REPORTED_REPAIRS[kind as RepairKind]}`).join(', ') || 'nothing'
  const line = (text: string) => printable(text + '\n')
  yield line(`Kazakh: ${kkFile}\n  repaired before checking (not findings): ${repaired(repairs.kk)}\nRussian: ${ruFile}\n  repaired before checking (not findings): ${repaired(repairs.ru)}\n`)
  for (const kind of FINDING_KINDS) {
    const list = findings.filter((f) => f.kind === kind)
    if (list.length === 0) continue
    yield line(`${kind} (${list.length})`)
    for (const finding of list) yield line(`  ${finding.severity.padEnd(7)} ${(finding.pair ?? '—').padEnd(6)} ${finding.message}`)
    yield line('')
  }
  const counted = Object.entries(summary(findings)).map(([kind, n]) => `${n} ${kind}`).join(', ')
  yield line(findings.length === 0 ? 'No findings: the two versions agree on everything checked.' : `${findings.length} findings: ${counted}.`)
}

/** The --abbreviations table (JSON: form → name), the built-in one when not given, null on error. */
function abbreviationTable(path: string | true | undefined, io: CommandIo): Record<string, string> | undefined | null {
  if (typeof path !== 'string') return undefined
  let value: unknown
  try {
    value = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    io.err(`egiz: ${path}: cannot be read as JSON (${(error as Error).message}).\n`)
    return null
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.values(value).every((v) => typeof v === 'string')) {
    io.err(`egiz: ${path}: expected an object of abbreviations, e.g. {"ООН": "UN", "БҰҰ": "UN"}.\n`)
    return null
  }
  return value as Record<string, string>
}
