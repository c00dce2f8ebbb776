// What storing an imported pair writes, made where the pair was analysed (a worker thread): the
// values of its rows (versions, repairs, pairs, findings) with their JSON already written and the
// rows laid one after another in flat arrays. The thread that writes then only inserts, and a
// message of strings and flat arrays crosses between threads several times faster than the
// analysis's objects (which also hold each text and repair twice: in the documents and the result).
import type { PreparedDocument } from '../aligner/pipeline.ts'
import { offsetBreakpoints, toCleanOffset } from '../aligner/text/normalize.ts'
import { packArchived, packRepairs } from './archive.ts'
import type { VersionContent } from './documents.ts'
import type { AnalysedPair } from './analyse.ts'

/** Values of a repair row after its version id, REPAIR_FIELDS.length a row. */
export const REPAIR_FIELDS = ['kind', 'start', 'end', 'clean_start', 'clean_end', 'before', 'after'] as const
/** Values of a pair row of the aligner's own, PAIR_FIELDS.length a row; `parent` is the index of its article pair. */
export const PAIR_FIELDS = ['parent', 'kk_start', 'kk_end', 'ru_start', 'ru_end', 'kk_labels', 'ru_labels', 'confidence', 'reasons'] as const
/** Values of a finding row; `pair` is the index of its pair among the articles then the sentences. */
export const FINDING_FIELDS = ['pair', 'kind', 'code', 'severity', 'message', 'detail', 'kk_start', 'kk_end', 'ru_start', 'ru_end'] as const

export type Value = string | number | null

/** A version's row: its repairs go packed in it (repair-log.ts), REPAIR_FIELDS values one repair after another. */
export type VersionRecord = VersionContent

export interface ImportRecord {
  kk: VersionRecord
  ru: VersionRecord
  title: string
  /** PAIR_FIELDS values of each article pair, then of each sentence pair. */
  articlePairs: Value[]
  sentencePairs: Value[]
  /** FINDING_FIELDS values of each finding: the checks' first, then the aligner's notes. */
  findings: Value[]
  findingsByKind: Record<string, number>
}

/** The rows of an analysed pair, ready to insert. */
export function importRecord(analysis: AnalysedPair): ImportRecord {
  const { result, checks } = analysis
  const articles = result.pairs.filter((pair) => pair.level === 'article')
  const sentences = result.pairs.filter((pair) => pair.level === 'sentence')
  // A pair is named by its output id (`a3`, `s17`); a row by its index, articles first.
  const pairIndex = new Map([...articles, ...sentences].map((pair, index) => [pair.id, index]))
  const articleIndex = new Map(articles.map((pair, index) => [pair.id, index]))
  const pairValues = (pairs: typeof result.pairs): Value[] =>
    pairs.flatMap((pair) => [
      pair.parent === undefined ? null : articleIndex.get(pair.parent) ?? null,
      pair.kk.start < 0 ? null : pair.kk.start,
      pair.kk.start < 0 ? null : pair.kk.end,
      pair.ru.start < 0 ? null : pair.ru.start,
      pair.ru.start < 0 ? null : pair.ru.end,
      JSON.stringify(pair.kk.labels),
      JSON.stringify(pair.ru.labels),
      pair.confidence,
      JSON.stringify(pair.reasons),
    ])
  const findings: Value[] = []
  for (const finding of checks) {
    findings.push(pairOf(pairIndex, finding.pair), finding.kind, finding.kind, finding.severity, finding.message, JSON.stringify(finding.detail), finding.kk?.start ?? null, finding.kk?.end ?? null, finding.ru?.start ?? null, finding.ru?.end ?? null)
  }
  for (const diagnostic of result.diagnostics) {
    findings.push(pairOf(pairIndex, diagnostic.pair), 'alignment', diagnostic.code, diagnostic.severity, diagnostic.message, null, null, null, null, null)
  }
  const findingsByKind: Record<string, number> = {}
  for (const kind of [...checks.map((finding) => finding.kind), ...result.diagnostics.map(() => 'alignment')]) findingsByKind[kind] = (findingsByKind[kind] ?? 0) + 1
  return {
    kk: versionRecord(analysis.kk, analysis.kkSha256),
    ru: versionRecord(analysis.ru, analysis.ruSha256),
    title: titleOf(analysis.ru, analysis.kk),
    articlePairs: pairValues(articles),
    sentencePairs: pairValues(sentences),
    findings,
    findingsByKind,
  }
}

function pairOf(pairIndex: Map<string, number>, pair: string | null): number | null {
  return pair === null ? null : pairIndex.get(pair) ?? null
}

function versionRecord(document: PreparedDocument, sha256: string): VersionRecord {
  const { normalized } = document
  // Each repair also where it is in the clean text, which the review screen shows it in.
  const repairs: Value[] = []
  for (const repair of normalized.repairs) {
    const cleanStart = toCleanOffset(normalized, repair.start)
    repairs.push(repair.kind, repair.start, repair.end, cleanStart, Math.max(cleanStart, toCleanOffset(normalized, repair.end)), repair.before, repair.after)
  }
  return {
    name: document.name,
    language: document.language,
    sha256,
    encoding: document.encoding,
    format: normalized.format,
    fileFormat: document.fileFormat,
    originalDeflated: packArchived(normalized.original),
    clean: normalized.text,
    apart: JSON.stringify(document.apart),
    generated: JSON.stringify(document.generated.map(([start, end]) => [toCleanOffset(normalized, start), toCleanOffset(normalized, end)])),
    offsetMap: JSON.stringify(offsetBreakpoints(normalized.toOriginal)),
    unitsDeflated: packArchived(JSON.stringify(document.structure.units)),
    repairsDeflated: packRepairs(repairs),
  }
}

/** The alignment's title: the first unit of the Russian text, else of the Kazakh, else a file name. */
function titleOf(...documents: PreparedDocument[]): string {
  for (const document of documents) {
    const first = document.structure.units[0]
    if (first) return document.normalized.text.slice(first.start, first.end).slice(0, 300)
  }
  return documents[0]!.name
}
