// The analysis of an import, on bytes already read: decodes, cleans, aligns and checks the two texts
// of a pair and makes the rows an import stores (import-record.ts). It is the slow part, done on a
// worker thread, and loads no database code: a worker that holds the SQLite addon can crash when it
// ends (better-sqlite3 issue #1476).
import { createHash } from 'node:crypto'
import { alignDocuments, prepareDocument, type AlignmentResult, type PreparedDocument } from '../aligner/pipeline.ts'
import { checkAlignment } from '../aligner/checks/run.ts'
import type { Finding } from '../aligner/checks/findings.ts'
import type { LanguageCode } from '../aligner/language.ts'
import type { ExtractedText } from '../aligner/formats/extracted.ts'
import { aboutFile, failure, type Failure } from '../aligner/problems.ts'
import { importRecord, type ImportRecord } from './import-record.ts'

export interface ImportSource {
  /** File name, or a label for pasted text. */
  name: string
  bytes: Uint8Array
  /** Language when the user said it; detected otherwise. */
  language?: LanguageCode
  /** Text read from a .docx, .html, .rtf or .pdf (`readDocumentFile`); without it the bytes are a text file. */
  extracted?: ExtractedText
}

/** Everything an import computes before it writes: the slow part, which a worker thread can do. */
export interface AnalysedPair {
  kk: PreparedDocument
  ru: PreparedDocument
  /** SHA-256 of each file's bytes (hex): a version is the same when its file's bytes are. */
  kkSha256: string
  ruSha256: string
  result: AlignmentResult
  checks: Finding[]
}

export type Analysis = { ok: true; analysis: AnalysedPair } | Failure

/** An analysed pair as its rows (import-record.ts): what a worker thread sends the one that writes. */
export type RecordedAnalysis = { ok: true; record: ImportRecord } | Failure

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
  return { ok: true, analysis: { kk, ru, kkSha256: sha256(kkSource.bytes), ruSha256: sha256(ruSource.bytes), result, checks } }
}

/** The rows of a pair analysed here (a worker thread), or why it could not be analysed. */
export function analyseAndRecord(sources: [ImportSource, ImportSource]): RecordedAnalysis {
  const analysed = analysePair(sources)
  return analysed.ok ? { ok: true, record: importRecord(analysed.analysis) } : analysed
}

/** SHA-256 of a file's bytes (hex): a version is the same when its file's bytes are. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}
