// Turns aligned pairs into the pieces of a TMX 1.4 or TSV file under the translator's options
// (direction, language codes, level, which pairs, empty sides, duplicates, text as in the
// document or repaired, pairs cut into CAT segments or whole), one pair at a time, and counts what
// it left out or had to change.
import type { MessageLanguage } from '../checks/messages.ts'
import { spreadsheetSafe } from '../output/spreadsheet.ts'
import { cutPair } from './cat-segments.ts'
import { cleanSegment, emptyRepairs, segmentText, tmxDate, tmxFooter, tmxHeader, tmxUnit, type SegmentRepairs } from './writer.ts'

export type ExportFormat = 'tmx' | 'tsv' | 'tsv-full'

export interface ExportOptions {
  format: ExportFormat
  /** Source language: its segment comes first (TMX srclang, first TSV column). */
  source: 'kk' | 'ru'
  /** `kk-KZ`/`ru-RU` (regional, the default) or `kk`/`ru` (short). */
  codes: 'regional' | 'short'
  level: 'sentence' | 'article' | 'both'
  /** Confirmed pairs only (the default), or all but rejected ones. */
  pairs: 'confirmed' | 'all'
  /** Leave out pairs below this confidence; null keeps all. */
  minConfidence: number | null
  /** Leave out pairs with an empty side (1-0, 0-1). */
  skipEmpty: boolean
  /** Leave out a pair whose source and target texts both equal an earlier one's. */
  dropDuplicates: boolean
  /**
   * The text as it stands in the original files (the default: a TM must match the documents the
   * translator opens, look-alike letters, spacing and all), or the clean text with Egiz's repairs.
   */
  text: 'clean' | 'original'
  /**
   * `cat` (the default): each pair cut where CAT tools cut segments (paragraphs, heading numbers,
   * sentence marks), wherever both sides cut alike; `pairs`: one unit per aligned pair.
   */
  segments: 'cat' | 'pairs'
  /** TSV: keep cells that start like a formula (`=`, `+`, `-`, `@`) as they are, instead of neutralised. */
  rawCells: boolean
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  format: 'tmx',
  source: 'kk',
  codes: 'regional',
  level: 'sentence',
  pairs: 'confirmed',
  minConfidence: null,
  skipEmpty: true,
  dropDuplicates: false,
  text: 'original',
  segments: 'cat',
  rawCells: false,
}

export interface ExportSide {
  /** The clean text, paragraphs separated by line breaks. */
  clean: string
  /** The text of each of those paragraphs as the original file has it. */
  original: string[]
}

/** A pair as the exporter needs it. */
export interface ExportCandidate {
  id: string
  level: 'article' | 'sentence'
  kk: ExportSide
  ru: ExportSide
  status: string
  confidence: number
  /** File the pair comes from (the Kazakh one, or both names). */
  document: string
  /** Article label of the pair or of its article, e.g. `5-бап / Статья 5`. */
  article: string
  createdAt: Date | null
  changedAt: Date | null
}

export interface ExportReport {
  /** Pairs written, and the translation units they became (more when pairs were cut into segments). */
  written: number
  units: number
  leftOutByStatus: number
  leftOutByConfidence: number
  leftOutEmpty: number
  leftOutDuplicates: number
  segments: SegmentRepairs
}

const CODES = { regional: { kk: 'kk-KZ', ru: 'ru-RU' }, short: { kk: 'kk', ru: 'ru' } } as const

export class PairExporter {
  readonly report: ExportReport = { written: 0, units: 0, leftOutByStatus: 0, leftOutByConfidence: 0, leftOutEmpty: 0, leftOutDuplicates: 0, segments: emptyRepairs() }
  private readonly seen = new Set<string>()
  private readonly options: ExportOptions
  private readonly creationToolVersion: string
  private readonly now: Date

  constructor(options: ExportOptions, creationToolVersion: string, now = new Date()) {
    this.options = options
    this.creationToolVersion = creationToolVersion
    this.now = now
  }

  /** Whether pairs of this level belong in the file (the caller may skip reading the others). */
  wantsLevel(level: 'article' | 'sentence'): boolean {
    return this.options.level === 'both' || this.options.level === level
  }

  header(): string {
    const { format, source, codes, level } = this.options
    if (format === 'tsv') return `${CODES[codes][source]}\t${CODES[codes][other(source)]}\n`
    if (format === 'tsv-full') return ['id', CODES[codes][source], CODES[codes][other(source)], 'confidence', 'status', 'level', 'article', 'document'].join('\t') + '\n'
    return tmxHeader({ creationToolVersion: this.creationToolVersion, segtype: level === 'article' ? 'paragraph' : 'sentence', sourceLanguage: CODES[codes][source], creationDate: tmxDate(this.now) })
  }

  /** The whole file: header, the piece of each pair kept, footer; the report is complete once it is read through. */
  *document(candidates: Iterable<ExportCandidate>): Generator<string> {
    yield this.header()
    for (const candidate of candidates) {
      const piece = this.pair(candidate)
      if (piece) yield piece
    }
    yield this.footer()
  }

  /** The piece for one pair, or '' when the options leave it out. */
  pair(candidate: ExportCandidate): string {
    const { options } = this
    if (!this.wantsLevel(candidate.level)) return ''
    if (candidate.status === 'rejected' || (options.pairs === 'confirmed' && candidate.status !== 'confirmed')) {
      this.report.leftOutByStatus++
      return ''
    }
    if (options.minConfidence !== null && candidate.confidence < options.minConfidence) {
      this.report.leftOutByConfidence++
      return ''
    }
    const source = this.paragraphs(candidate[options.source])
    const target = this.paragraphs(candidate[other(options.source)])
    if (options.skipEmpty && (segmentText(source.join('\n')) === '' || segmentText(target.join('\n')) === '')) {
      this.report.leftOutEmpty++
      return ''
    }
    const units = options.segments === 'cat' && candidate.level === 'sentence' ? cutPair(source, target) : [[source.join('\n'), target.join('\n')] as [string, string]]
    const pieces: string[] = []
    units.forEach(([sourceText, targetText], index) => {
      if (options.dropDuplicates) {
        const key = `${segmentText(sourceText)}\u0000${segmentText(targetText)}`
        if (this.seen.has(key)) return
        this.seen.add(key)
      }
      const id = units.length > 1 ? `${candidate.id}.${index + 1}` : candidate.id
      pieces.push(options.format === 'tmx' ? this.tmxUnit(candidate, id, sourceText, targetText) : this.tsvRow(candidate, id, sourceText, targetText))
    })
    if (pieces.length === 0) {
      this.report.leftOutDuplicates++
      return ''
    }
    this.report.written++
    this.report.units += pieces.length
    return pieces.join('')
  }

  /** A side's paragraphs in the text the options ask for. */
  private paragraphs(side: ExportSide): string[] {
    return this.options.text === 'clean' ? side.clean.split('\n') : side.original
  }

  private tmxUnit(candidate: ExportCandidate, id: string, sourceText: string, targetText: string): string {
    const codes = CODES[this.options.codes]
    const props: Array<[string, string]> = [['x-document', candidate.document]]
    if (candidate.article) props.push(['x-article', candidate.article])
    props.push(['x-level', candidate.level], ['x-status', candidate.status], ['x-confidence', candidate.confidence.toFixed(3)])
    return tmxUnit(
      {
        id,
        creationDate: candidate.createdAt ? tmxDate(candidate.createdAt) : undefined,
        changeDate: candidate.changedAt ? tmxDate(candidate.changedAt) : undefined,
        props,
        variants: [{ language: codes[this.options.source], text: sourceText }, { language: codes[other(this.options.source)], text: targetText }],
      },
      this.report.segments,
    )
  }

  footer(): string {
    return this.options.format === 'tmx' ? tmxFooter() : ''
  }

  private tsvRow(candidate: ExportCandidate, id: string, sourceText: string, targetText: string): string {
    const cell = (text: string) => {
      const flat = cleanSegment(text, this.report.segments).replace(/\t/g, ' ')
      return this.options.rawCells ? flat : spreadsheetSafe(flat)
    }
    if (this.options.format === 'tsv') return `${cell(sourceText)}\t${cell(targetText)}\n`
    return [id, cell(sourceText), cell(targetText), candidate.confidence.toFixed(3), candidate.status, candidate.level, cell(candidate.article), cell(candidate.document)].join('\t') + '\n'
  }
}

function other(side: 'kk' | 'ru'): 'kk' | 'ru' {
  return side === 'kk' ? 'ru' : 'kk'
}

/** One line for the user about what an export wrote and left out. */
export function describeReport(report: ExportReport, language: MessageLanguage = 'en'): string {
  const say = REPORT_WORDS[language]
  const parts = [report.units === report.written ? say.written(report.written) : say.writtenAsUnits(report.written, report.units)]
  if (report.leftOutByStatus) parts.push(say.byStatus(report.leftOutByStatus))
  if (report.leftOutByConfidence) parts.push(say.byConfidence(report.leftOutByConfidence))
  if (report.leftOutEmpty) parts.push(say.empty(report.leftOutEmpty))
  if (report.leftOutDuplicates) parts.push(say.duplicates(report.leftOutDuplicates))
  if (report.segments.illegalRemoved) parts.push(say.illegal(report.segments.illegalRemoved))
  if (report.segments.surrogatesReplaced) parts.push(say.surrogates(report.segments.surrogatesReplaced))
  return parts.join(', ')
}

type Count = (count: number) => string
const REPORT_WORDS: Record<MessageLanguage, { written: Count; writtenAsUnits: (written: number, units: number) => string; byStatus: Count; byConfidence: Count; empty: Count; duplicates: Count; illegal: Count; surrogates: Count }> = {
  en: {
    written: (n) => `${n} pairs written`,
    writtenAsUnits: (n, units) => `${n} pairs written as ${units} units (cut where CAT tools cut segments)`,
    byStatus: (n) => `${n} left out by review status`,
    byConfidence: (n) => `${n} below the confidence threshold`,
    empty: (n) => `${n} with an empty side`,
    duplicates: (n) => `${n} duplicates`,
    illegal: (n) => `${n} characters XML forbids removed`,
    surrogates: (n) => `${n} broken characters replaced by U+FFFD`,
  },
  kk: {
    written: (n) => `${n} жұп жазылды`,
    writtenAsUnits: (n, units) => `${n} жұп ${units} бірлік болып жазылды (CAT құралдары сегменттерді бөлетін жерден бөлінді)`,
    byStatus: (n) => `${n} жұп тексеру күйі бойынша алынбады`,
    byConfidence: (n) => `${n} жұптың сенімділігі шектен төмен`,
    empty: (n) => `${n} жұптың бір жағы бос`,
    duplicates: (n) => `${n} қайталанған жұп`,
    illegal: (n) => `XML рұқсат етпейтін ${n} таңба алынып тасталды`,
    surrogates: (n) => `${n} бүлінген таңба U+FFFD-ге ауыстырылды`,
  },
  ru: {
    written: (n) => `записано пар: ${n}`,
    writtenAsUnits: (n, units) => `записано пар: ${n}, единиц: ${units} (разрезаны там, где CAT-программы режут сегменты)`,
    byStatus: (n) => `не взято по статусу проверки: ${n}`,
    byConfidence: (n) => `ниже порога уверенности: ${n}`,
    empty: (n) => `с пустой стороной: ${n}`,
    duplicates: (n) => `повторов: ${n}`,
    illegal: (n) => `удалено недопустимых в XML знаков: ${n}`,
    surrogates: (n) => `битых знаков заменено на U+FFFD: ${n}`,
  },
}

