// Imports a Kazakh/Russian pair into a project: decodes, cleans and aligns both texts, then stores
// the documents (a changed text becomes a new version; the old stays), their repairs, the aligned
// pairs and the findings, all in one transaction; the sentence pairs are queued for the search
// index (search-index.ts).
import { alignDocuments, prepareDocument, type AlignmentResult, type PairSide, type PreparedDocument } from '../aligner/pipeline.ts'
import { checkAlignment } from '../aligner/checks/run.ts'
import type { Finding } from '../aligner/checks/findings.ts'
import type { LanguageCode } from '../aligner/language.ts'
import type { ExtractedText } from '../aligner/formats/extracted.ts'
import { aboutFile, failure, type Failure } from '../aligner/problems.ts'
import { offsetBreakpoints, toCleanOffset } from '../aligner/text/normalize.ts'
import { insertRows, writeTransaction, sql, sqlValue, type Db } from './database.ts'
import type { PairRow } from './rows.ts'
import { createAlignment, ensureProject, sha256, storeVersion } from './documents.ts'
import { indexLater } from './search-index.ts'

/** Gap between the seq numbers of imported pairs: room for many splits in between. */
export const SEQ_STEP = 1024

export interface ImportSource {
  /** File name, or a label for pasted text. */
  name: string
  bytes: Uint8Array
  /** Language when the user said it; detected otherwise. */
  language?: LanguageCode
  /** Text read from a .docx, .html, .rtf or .pdf (`readDocumentFile`); without it the bytes are a text file. */
  extracted?: ExtractedText
}

export interface ImportRequest {
  project: string
  sources: [ImportSource, ImportSource]
}

export interface ImportCounts {
  alignmentId: number
  projectId: number
  articlePairs: number
  sentencePairs: number
  findings: number
  /** Findings by kind ('number', 'date', 'alignment'…). */
  findingsByKind: Record<string, number>
}

export type ImportResult = ({ ok: true } & ImportCounts) | Failure

/** Everything an import computes before it writes: the slow part, which a worker thread can do. */
export interface AnalysedPair {
  kk: PreparedDocument
  ru: PreparedDocument
  /** SHA-256 of each file's bytes (hex): a version is the same when its file's bytes are. */
  kkSha256: string
  ruSha256: string
  result: AlignmentResult
  checks: Finding[]
  /** Where each repair of each version is in its clean text: [start, end] per repair, in order (repairCleanSpans). */
  repairSpans: Record<'kk' | 'ru', Int32Array>
}

export type Analysis = { ok: true; analysis: AnalysedPair } | Failure

/**
 * An analysis as a worker thread sends it. Each pair's text is a slice of its version's clean text;
 * sent as they are, they would copy each text twice more (article and sentence pairs), a third of
 * the message, made and read again on both threads. withPairTexts cuts them again on arrival.
 */
export function withoutPairTexts(analysis: Analysis): Analysis {
  if (!analysis.ok) return analysis
  const pairs = analysis.analysis.result.pairs.map((pair) => ({ ...pair, kk: { ...pair.kk, text: '' }, ru: { ...pair.ru, text: '' } }))
  return { ok: true, analysis: { ...analysis.analysis, result: { ...analysis.analysis.result, pairs } } }
}

export function withPairTexts(analysis: Analysis): Analysis {
  if (!analysis.ok) return analysis
  const { kk, ru, result } = analysis.analysis
  const cut = (side: PairSide, text: string): PairSide => ({ ...side, text: side.start < 0 ? '' : text.slice(side.start, side.end) })
  const pairs = result.pairs.map((pair) => ({ ...pair, kk: cut(pair.kk, kk.normalized.text), ru: cut(pair.ru, ru.normalized.text) }))
  return { ok: true, analysis: { ...analysis.analysis, result: { ...result, pairs } } }
}

export function importPair(db: Db, request: ImportRequest, by: string, now: string): ImportResult {
  const analysed = analysePair(request.sources)
  if (!analysed.ok) return analysed
  return storeAnalysedPair(db, request.project, analysed.analysis, by, now)
}

/** Decodes, cleans, aligns and checks both texts; tells which is Kazakh and which Russian. */
export function analysePair(sources: [ImportSource, ImportSource]): Analysis {
  const prepared: PreparedDocument[] = []
  for (const source of sources) {
    const result = prepareDocument({ name: source.name, bytes: source.bytes, extracted: source.extracted }, source.language)
    if (!result.ok) return aboutFile(result, source.name)
    prepared.push(result.document)
  }
  const [first, second] = prepared as [PreparedDocument, PreparedDocument]
  if (first.language === second.language) {
    return failure({ code: 'same-language', first: first.name, second: second.name, language: first.language })
  }
  const kkFirst = first.language === 'kk'
  const [kk, ru] = kkFirst ? [first, second] : [second, first]
  const [kkSource, ruSource] = kkFirst ? sources : [sources[1], sources[0]]
  const result = alignDocuments(kk, ru, { level: 'both' })
  const checks = checkAlignment({ result, kk, ru })
  // Hashes and repair positions are found here (a worker thread), not by the thread that writes.
  const repairSpans = { kk: repairCleanSpans(kk), ru: repairCleanSpans(ru) }
  return { ok: true, analysis: { kk, ru, kkSha256: sha256(kkSource.bytes), ruSha256: sha256(ruSource.bytes), result, checks, repairSpans } }
}

/** Writes an analysed pair into a project in one transaction (a savepoint, inside a batch's write group). */
export function storeAnalysedPair(db: Db, project: string, analysis: AnalysedPair, by: string, now: string): { ok: true } & ImportCounts {
  const { kk, ru, result, checks } = analysis
  return writeTransaction(db, () => {
    const projectId = ensureProject(db, project, by, now)
    const kkVersion = storeDocument(db, projectId, kk, analysis.kkSha256, analysis.repairSpans.kk, by, now)
    const ruVersion = storeDocument(db, projectId, ru, analysis.ruSha256, analysis.repairSpans.ru, by, now)
    const alignmentId = createAlignment(db, projectId, kkVersion.id, ruVersion.id, titleOf(ru, kk), by, now)
    const { rows, ids } = storePairs(db, alignmentId, result, by, now)
    for (const row of rows) indexLater(db, row)
    const findings = storeFindings(db, alignmentId, result, checks, ids, now)
    const findingsByKind: Record<string, number> = {}
    for (const kind of [...checks.map((finding) => finding.kind), ...result.diagnostics.map(() => 'alignment')]) findingsByKind[kind] = (findingsByKind[kind] ?? 0) + 1
    return {
      ok: true as const,
      alignmentId,
      projectId,
      articlePairs: result.pairs.filter((p) => p.level === 'article').length,
      sentencePairs: result.pairs.filter((p) => p.level === 'sentence').length,
      findings,
      findingsByKind,
    }
  })
}

/** Where each repair is in the clean text: [start, end] per repair, in the order of the repairs. */
function repairCleanSpans(document: PreparedDocument): Int32Array {
  const { normalized } = document
  const spans = new Int32Array(2 * normalized.repairs.length)
  normalized.repairs.forEach((repair, index) => {
    const cleanStart = toCleanOffset(normalized, repair.start)
    spans[2 * index] = cleanStart
    spans[2 * index + 1] = Math.max(cleanStart, toCleanOffset(normalized, repair.end))
  })
  return spans
}

/** A new version's repairs, with their positions in the clean text (`spans`, repairCleanSpans). */
function storeRepairs(db: Db, versionId: number, document: PreparedDocument, spans: Int32Array): void {
  const rows = document.normalized.repairs.map((repair, index) => [versionId, repair.kind, repair.start, repair.end, spans[2 * index]!, spans[2 * index + 1]!, repair.before, repair.after])
  insertRows(db, 'repairs', ['version_id', 'kind', 'start', 'end', 'clean_start', 'clean_end', 'before', 'after'], rows)
}

function storeDocument(db: Db, projectId: number, document: PreparedDocument, sha256: string, repairSpans: Int32Array, by: string, now: string): { id: number; created: boolean } {
  const { normalized } = document
  const version = storeVersion(db, projectId, document.language, {
    fileName: document.name,
    sha256,
    encoding: document.encoding,
    format: normalized.format,
    fileFormat: document.fileFormat,
    apart: document.apart,
    generated: document.generated.map(([start, end]): [number, number] => [toCleanOffset(normalized, start), toCleanOffset(normalized, end)]),
    original: normalized.original,
    clean: normalized.text,
    offsetMap: offsetBreakpoints(normalized.toOriginal),
    units: document.structure.units,
  }, by, now)
  if (version.created) storeRepairs(db, version.id, document, repairSpans)
  return version
}

function titleOf(...documents: PreparedDocument[]): string {
  for (const document of documents) {
    const first = document.structure.units[0]
    if (first) return document.normalized.text.slice(first.start, first.end).slice(0, 300)
  }
  return documents[0]!.name
}

const PAIR_COLUMNS = ['alignment_id', 'level', 'parent_id', 'seq', 'kk_start', 'kk_end', 'ru_start', 'ru_end', 'kk_text', 'ru_text', 'kk_labels', 'ru_labels', 'confidence', 'reasons', 'status', 'note', 'updated_at', 'updated_by'] as const

/**
 * Inserts the pairs, the articles first (the sentences name theirs as parent); returns their rows
 * and the database id of each output pair id (`a3`, `s17`), read back in the order of the pairs.
 */
function storePairs(db: Db, alignmentId: number, result: AlignmentResult, by: string, now: string): { rows: PairRow[]; ids: Map<string, number> } {
  const ids = new Map<string, number>()
  const rows: PairRow[] = []
  for (const level of ['article', 'sentence'] as const) {
    const pairs = result.pairs.filter((pair) => pair.level === level)
    const levelRows = pairs.map((pair, index): PairRow => ({
      id: 0,
      alignment_id: alignmentId,
      level,
      parent_id: pair.parent ? ids.get(pair.parent) ?? null : null,
      seq: (index + 1) * SEQ_STEP,
      kk_start: pair.kk.start < 0 ? null : pair.kk.start,
      kk_end: pair.kk.start < 0 ? null : pair.kk.end,
      ru_start: pair.ru.start < 0 ? null : pair.ru.start,
      ru_end: pair.ru.start < 0 ? null : pair.ru.end,
      kk_text: null,
      ru_text: null,
      kk_labels: JSON.stringify(pair.kk.labels),
      ru_labels: JSON.stringify(pair.ru.labels),
      confidence: pair.confidence,
      reasons: JSON.stringify(pair.reasons),
      status: 'auto',
      note: '',
      updated_at: now,
      updated_by: by,
    }))
    insertRows(db, 'pairs', PAIR_COLUMNS, levelRows.map((row) => PAIR_COLUMNS.map((column) => row[column])))
    const stored = sqlValue(db, 'SELECT id FROM pairs WHERE alignment_id = ? AND level = ? ORDER BY seq').all(alignmentId, level) as number[]
    levelRows.forEach((row, index) => {
      row.id = stored[index]!
      ids.set(pairs[index]!.id, row.id)
    })
    rows.push(...levelRows)
  }
  return { rows, ids }
}

/** The checks' findings, and the aligner's own notes as findings of kind 'alignment'. */
function storeFindings(db: Db, alignmentId: number, result: AlignmentResult, checks: Finding[], ids: Map<string, number>, now: string): number {
  const insert = sql(db, 'INSERT INTO findings (alignment_id, pair_id, kind, code, severity, message, detail, kk_start, kk_end, ru_start, ru_end, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
  for (const finding of checks) {
    insert.run(alignmentId, finding.pair ? ids.get(finding.pair) ?? null : null, finding.kind, finding.kind, finding.severity, finding.message, JSON.stringify(finding.detail), finding.kk?.start ?? null, finding.kk?.end ?? null, finding.ru?.start ?? null, finding.ru?.end ?? null, now)
  }
  for (const diagnostic of result.diagnostics) {
    insert.run(alignmentId, diagnostic.pair ? ids.get(diagnostic.pair) ?? null : null, 'alignment', diagnostic.code, diagnostic.severity, diagnostic.message, null, null, null, null, null, now)
  }
  return checks.length + result.diagnostics.length
}
