// Turns aligned pairs into the pieces of a TMX 1.4 or TSV file under the translator's options
// (direction, language codes, level, which pairs, empty sides, duplicates, clean or original
// text), one pair at a time, and counts what it left out or had to change.
import { spreadsheetSafe } from '../output/spreadsheet.ts'
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
  /** The clean text (default) or the text as it stood in the original files. */
  text: 'clean' | 'original'
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
  text: 'clean',
  rawCells: false,
}

export interface ExportSide {
  clean: string
  original: string
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
  written: number
  leftOutByStatus: number
  leftOutByConfidence: number
  leftOutEmpty: number
  leftOutDuplicates: number
  segments: SegmentRepairs
}

const CODES = { regional: { kk: 'kk-KZ', ru: 'ru-RU' }, short: { kk: 'kk', ru: 'ru' } } as const

export class PairExporter {
  readonly report: ExportReport = { written: 0, leftOutByStatus: 0, leftOutByConfidence: 0, leftOutEmpty: 0, leftOutDuplicates: 0, segments: emptyRepairs() }
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
    const sourceText = candidate[options.source][options.text]
    const targetText = candidate[other(options.source)][options.text]
    if (options.skipEmpty && (segmentText(sourceText) === '' || segmentText(targetText) === '')) {
      this.report.leftOutEmpty++
      return ''
    }
    if (options.dropDuplicates) {
      const key = `${segmentText(sourceText)}\u0000${segmentText(targetText)}`
      if (this.seen.has(key)) {
        this.report.leftOutDuplicates++
        return ''
      }
      this.seen.add(key)
    }
    this.report.written++
    if (options.format !== 'tmx') return this.tsvRow(candidate, sourceText, targetText)
    const codes = CODES[options.codes]
    const props: Array<[string, string]> = [['x-document', candidate.document]]
    if (candidate.article) props.push(['x-article', candidate.article])
    props.push(['x-level', candidate.level], ['x-status', candidate.status], ['x-confidence', candidate.confidence.toFixed(3)])
    return tmxUnit(
      {
        id: candidate.id,
        creationDate: candidate.createdAt ? tmxDate(candidate.createdAt) : undefined,
        changeDate: candidate.changedAt ? tmxDate(candidate.changedAt) : undefined,
        props,
        variants: [{ language: codes[options.source], text: sourceText }, { language: codes[other(options.source)], text: targetText }],
      },
      this.report.segments,
    )
  }

  footer(): string {
    return this.options.format === 'tmx' ? tmxFooter() : ''
  }

  private tsvRow(candidate: ExportCandidate, sourceText: string, targetText: string): string {
    const cell = (text: string) => {
      const flat = cleanSegment(text, this.report.segments).replace(/\t/g, ' ')
      return this.options.rawCells ? flat : spreadsheetSafe(flat)
    }
    if (this.options.format === 'tsv') return `${cell(sourceText)}\t${cell(targetText)}\n`
    return [candidate.id, cell(sourceText), cell(targetText), candidate.confidence.toFixed(3), candidate.status, candidate.level, cell(candidate.article), cell(candidate.document)].join('\t') + '\n'
  }
}

function other(side: 'kk' | 'ru'): 'kk' | 'ru' {
  return side === 'kk' ? 'ru' : 'kk'
}

/** One line for the user about what an export wrote and left out. */
export function describeReport(report: ExportReport): string {
  const parts = [`${report.written} pairs written`]
  if (report.leftOutByStatus) parts.push(`${report.leftOutByStatus} left out by review status`)
  if (report.leftOutByConfidence) parts.push(`${report.leftOutByConfidence} below the confidence threshold`)
  if (report.leftOutEmpty) parts.push(`${report.leftOutEmpty} with an empty side`)
  if (report.leftOutDuplicates) parts.push(`${report.leftOutDuplicates} duplicates`)
  if (report.segments.illegalRemoved) parts.push(`${report.segments.illegalRemoved} characters XML forbids removed`)
  if (report.segments.surrogatesReplaced) parts.push(`${report.segments.surrogatesReplaced} broken characters replaced by U+FFFD`)
  return parts.join(', ')
}

