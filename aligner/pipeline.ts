// The whole alignment of one agreement: decode and clean both texts, parse their structure,
// align units then sentences, and describe the result in the versioned JSON model (version 1).
import { decodeText } from './text/decode.ts'
import { normalizeText, type NormalizedText, type SourceFormat } from './text/normalize.ts'
import type { ApartBlock, ExtractedText, FileFormat } from './formats/extracted.ts'
import { withoutPageFurniture } from './formats/text-pages.ts'
import { failure, type Failure } from './problems.ts'
import { splitSentences, type Span } from './text/sentences.ts'
import { parseStructure, type DocumentStructure, type Unit } from './structure/parse.ts'
import { alignUnits, NUMBERED_KINDS, unitItems } from './align/units.ts'
import { alignSentences, sentenceItems } from './align/sentences.ts'
import { detectLanguage, type LanguageCode } from './language.ts'
import type { Proposal, Repair } from './text/edits.ts'
import { appendAll } from './append.ts'

export const OUTPUT_VERSION = 1

export type Level = 'article' | 'sentence' | 'both'

export interface DocumentInput {
  /** File name or another label used in messages and output. */
  name: string
  bytes: Uint8Array
  /** The text read from a .docx, .html, .rtf or .pdf file; without it the bytes are a text file. */
  extracted?: ExtractedText
}

export interface PreparedDocument {
  name: string
  fileFormat: FileFormat
  /** Character encoding of the file (`utf-8`, `windows-1251`…), or `docx`/`pdf` for formats without one. */
  encoding: string
  /** Headers, footers and notes of the file, not aligned. */
  apart: ApartBlock[]
  /** Spans of the original text the reader generated (list numbers), see ExtractedText. */
  generated: Array<[number, number]>
  language: LanguageCode
  normalized: NormalizedText
  structure: DocumentStructure
}

export type Prepared = { ok: true; document: PreparedDocument } | Failure

export interface PairSide {
  labels: string[]
  text: string
  start: number
  end: number
}

export interface AlignedPair {
  id: string
  level: 'article' | 'sentence'
  /** Bead shape, `1-1`, `2-1`, `1-0`… (Kazakh count first). */
  kind: string
  /** For sentence pairs: the article-level pair they belong to. */
  parent?: string
  kk: PairSide
  ru: PairSide
  confidence: number
  reasons: string[]
}

export interface Diagnostic {
  severity: 'error' | 'warning' | 'info'
  code: string
  message: string
  pair: string | null
}

export interface SideSummary {
  file: string
  fileFormat: FileFormat
  encoding: string
  language: LanguageCode
  format: SourceFormat
  units: UnitOutput[]
  repairs: Repair[]
  proposals: Proposal[]
  /** Headers, footers and notes of the file, kept out of the alignment. */
  apart: ApartBlock[]
}

export interface UnitOutput {
  id: string
  kind: string
  number: string | null
  label: string | null
  title: string | null
  start: number
  end: number
  children: UnitOutput[]
}

export interface AlignmentResult {
  version: typeof OUTPUT_VERSION
  kk: SideSummary
  ru: SideSummary
  pairs: AlignedPair[]
  diagnostics: Diagnostic[]
}

/** Decodes, detects the language of, cleans and parses one document. */
export function prepareDocument(input: DocumentInput, language?: LanguageCode): Prepared {
  const decoded = input.extracted ? { ok: true as const, ...input.extracted } : textFile(input.bytes)
  if (!decoded.ok) return decoded
  const guess = detectLanguage(decoded.text)
  const detected = language ?? guess.language
  if (detected === null) {
    return failure(guess.latinKazakh ? { code: 'latin-kazakh' } : { code: 'unknown-language', iso6393: guess.iso6393 === 'und' ? null : guess.iso6393 })
  }
  const format = LAYOUT_FORMATS[decoded.layout]
  const normalized = normalizeText(decoded.text, { language: detected, format })
  if (normalized.text.trim() === '') return failure({ code: 'nothing-left' })
  const { name } = input
  const encoding = decoded.encoding ?? decoded.format
  return { ok: true, document: { name, fileFormat: decoded.format, encoding, apart: decoded.apart, generated: decoded.generated ?? [], language: detected, normalized, structure: parseStructure(normalized.text) } }
}

const LAYOUT_FORMATS: Record<ExtractedText['layout'], SourceFormat | 'auto'> = { paragraphs: 'paragraphs', lines: 'plain', auto: 'auto' }

function textFile(bytes: Uint8Array): ({ ok: true } & ExtractedText) | Failure {
  const decoded = decodeText(bytes)
  if (!decoded.ok) return decoded
  const { text, apart } = withoutPageFurniture(decoded.text)
  return { ok: true, format: 'text', text, layout: 'auto', encoding: decoded.encoding, apart }
}

export interface AlignOptions {
  /** Which pairs to produce (default 'both'). */
  level?: Level
}

export function alignDocuments(kk: PreparedDocument, ru: PreparedDocument, options: AlignOptions = {}): AlignmentResult {
  const level = options.level ?? 'both'
  const kkText = kk.normalized.text
  const ruText = ru.normalized.text
  const kkSentences = kk.structure.units.map((unit) => sentenceItems(kkText, unitSentences(kkText, unit)))
  const ruSentences = ru.structure.units.map((unit) => sentenceItems(ruText, unitSentences(ruText, unit)))
  const kkIndex = new Map(kk.structure.units.map((unit, k) => [unit, k]))
  const ruIndex = new Map(ru.structure.units.map((unit, k) => [unit, k]))
  const unitPairs = alignUnits(unitItems(kk.structure.units, kkText, kkSentences), unitItems(ru.structure.units, ruText, ruSentences))
  const ratio = ruText.length / Math.max(1, kkText.length)
  const pairs: AlignedPair[] = []
  const diagnostics: Diagnostic[] = [...structureDiagnostics(kk, 'Kazakh'), ...structureDiagnostics(ru, 'Russian')]
  let sentenceCount = 0
  unitPairs.forEach((unitPair, index) => {
    const id = `a${index + 1}`
    const article: AlignedPair = {
      id,
      level: 'article',
      kind: `${unitPair.kk.length}-${unitPair.ru.length}`,
      kk: side(unitPair.kk, kkText),
      ru: side(unitPair.ru, ruText),
      confidence: unitPair.confidence,
      reasons: unitPair.reasons,
    }
    if (level !== 'sentence') pairs.push(article)
    appendAll(diagnostics, pairDiagnostics(article, unitPair.kk, unitPair.ru))
    if (unitPair.lengthWarning) diagnostics.push({ severity: 'warning', code: 'length-mismatch', message: `pair ${id}: ${unitPair.lengthWarning}.`, pair: id })
    if (level === 'article') return
    const kkItems = unitPair.kk.flatMap((unit) => kkSentences[kkIndex.get(unit)!]!)
    const ruItems = unitPair.ru.flatMap((unit) => ruSentences[ruIndex.get(unit)!]!)
    for (const sentencePair of alignSentences(kkItems, ruItems, ratio)) {
      pairs.push({
        id: `s${++sentenceCount}`,
        level: 'sentence',
        kind: `${sentencePair.kk.length}-${sentencePair.ru.length}`,
        parent: id,
        kk: spanSide(sentencePair.kk, kkText),
        ru: spanSide(sentencePair.ru, ruText),
        confidence: sentencePair.confidence,
        reasons: sentencePair.reasons,
      })
    }
  })
  return { version: OUTPUT_VERSION, kk: summary(kk), ru: summary(ru), pairs, diagnostics }
}

/** Signature blocks and certifications (names, posts, places, dates) stay one sentence pair. */
const ONE_SENTENCE_KINDS = new Set(['signature', 'certification'])

function unitSentences(text: string, unit: Unit): Span[] {
  return ONE_SENTENCE_KINDS.has(unit.kind) ? [{ start: unit.start, end: unit.end }] : splitSentences(text, unit.start, unit.end)
}

function side(units: Unit[], text: string): PairSide {
  if (units.length === 0) return { labels: [], text: '', start: -1, end: -1 }
  const start = units[0]!.start
  const end = units[units.length - 1]!.end
  return { labels: units.flatMap((u) => (u.label ? [u.label] : [])), text: text.slice(start, end), start, end }
}

function spanSide(spans: Span[], text: string): PairSide {
  if (spans.length === 0) return { labels: [], text: '', start: -1, end: -1 }
  const start = spans[0]!.start
  const end = spans[spans.length - 1]!.end
  return { labels: [], text: text.slice(start, end), start, end }
}

function summary(document: PreparedDocument): SideSummary {
  return {
    file: document.name,
    fileFormat: document.fileFormat,
    encoding: document.encoding,
    language: document.language,
    format: document.normalized.format,
    units: document.structure.units.map(unitOutput),
    repairs: document.normalized.repairs,
    proposals: document.normalized.proposals,
    apart: document.apart,
  }
}

function unitOutput(unit: Unit): UnitOutput {
  const { id, kind, number, label, title, start, end } = unit
  return { id, kind, number, label, title, start, end, children: unit.children.map(unitOutput) }
}

function describeUnit(unit: Unit): string {
  return unit.label ? `${unit.kind} "${unit.label}"` : `${unit.kind} "${unit.id}"`
}

function pairDiagnostics(pair: AlignedPair, kk: Unit[], ru: Unit[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const only = kk.length === 0 ? { units: ru, where: 'Russian' } : ru.length === 0 ? { units: kk, where: 'Kazakh' } : null
  if (only) {
    for (const unit of only.units) {
      // A numbered unit (an article, a point of an amending instrument) missing from one version is a real difference.
      const severity = unit.number !== null && NUMBERED_KINDS.has(unit.kind) ? 'warning' : 'info'
      diagnostics.push({ severity, code: unit.kind === 'article' ? 'missing-article' : 'unpaired-unit', message: `${describeUnit(unit)} is in the ${only.where} text only.`, pair: pair.id })
    }
    return diagnostics
  }
  const kkArticle = kk.find((u) => u.kind === 'article')
  const ruArticle = ru.find((u) => u.kind === 'article')
  if (kkArticle && ruArticle && kkArticle.number !== ruArticle.number) {
    diagnostics.push({ severity: 'warning', code: 'renumbered-article', message: `Kazakh ${kkArticle.label} is paired with Russian ${ruArticle.label}: the numbers differ.`, pair: pair.id })
  }
  if (pair.confidence < 0.5) {
    diagnostics.push({ severity: 'info', code: 'low-confidence', message: `pair ${pair.id} is uncertain (confidence ${pair.confidence}); check it.`, pair: pair.id })
  }
  return diagnostics
}

function structureDiagnostics(document: PreparedDocument, language: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = document.structure.diagnostics.map((d) => ({ severity: d.severity, code: d.code, message: `${language} text: ${d.message}`, pair: null }))
  const seen = new Map<string, Unit>()
  for (const unit of document.structure.units) {
    if (unit.kind !== 'article' || !unit.number) continue
    const earlier = seen.get(unit.number)
    if (earlier) diagnostics.push({ severity: 'warning', code: 'duplicate-article', message: `${language} text: article ${unit.number} appears twice ("${earlier.label}" and "${unit.label}").`, pair: null })
    seen.set(unit.number, unit)
  }
  for (const proposal of document.normalized.proposals) {
    diagnostics.push({ severity: 'info', code: 'displaced-word', message: `${language} text, offset ${proposal.start}: ${proposal.message} Proposed: "${proposal.after.trim()}".`, pair: null })
  }
  return diagnostics
}
