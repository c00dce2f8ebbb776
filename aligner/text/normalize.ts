// Turns decoded text into the clean text the aligner works on — one paragraph per line, markup
// gone, layout damage repaired — and keeps the original, an offset map and a log of every repair.
import { applyEdits, editsForMatches, firstPositionAtOrAfter, offsetAt, untraced, type OffsetMap, type Proposal, type Repair, type TextEdit, type TracedText } from './edits.ts'
import { codeBlockRanges, looksLikeMarkdown, markupEdits } from './markup.ts'
import { isPrintedLines, isUnwrapped, markdownLayoutEdits, plainLayoutEdits } from './layout.ts'
import { laidOutBlockRanges } from './laid-out-blocks.ts'
import { letterSpacingEdits } from './spacing.ts'
import { lookalikeEdits } from './lookalikes.ts'
import { displacedWordProposals } from './displaced.ts'

/** `paragraphs`: one paragraph per line already (text read from .docx, .html, .rtf). */
export type SourceFormat = 'markdown' | 'plain' | 'paragraphs'

export interface NormalizeOptions {
  /** 'auto' (default) tells markdown renderings from plain copies by their markup. */
  format?: SourceFormat | 'auto'
  /** Language of the text, when known: guides look-alike repairs (Latin Y → Ү in Kazakh). */
  language?: 'kk' | 'ru'
}

export interface NormalizedText {
  original: string
  format: SourceFormat
  /** Clean text: paragraphs separated by single line breaks. */
  text: string
  /** Original offset of each clean offset 0…text.length (non-decreasing). */
  toOriginal: OffsetMap
  repairs: Repair[]
  proposals: Proposal[]
}

export function normalizeText(original: string, options: NormalizeOptions = {}): NormalizedText {
  const repairs: Repair[] = []
  const stage = (input: TracedText, edits: TextEdit[]) => applyEdits(input, edits, original, repairs)

  let traced = stage(untraced(original), lineEndingEdits(original))
  const given = options.format && options.format !== 'auto' ? options.format : null
  // Paragraphs that are a printed page's lines (a PDF's text pasted into Word) are joined as a plain text's lines.
  const format = given === 'paragraphs' && isPrintedLines(traced.text) ? 'plain' : (given ?? (looksLikeMarkdown(traced.text) ? 'markdown' : isUnwrapped(traced.text) ? 'paragraphs' : 'plain'))
  if (format === 'markdown') traced = stage(traced, markupEdits(traced.text))
  traced = stage(traced, letterSpacingEdits(traced.text))
  traced = format === 'plain' ? stage(traced, plainLayoutEdits(traced.text)) : stage(traced, markdownLayoutEdits(traced, preformattedRanges(original, traced, format, options)))
  traced = stage(traced, innerWhitespaceEdits(traced.text))
  traced = stage(traced, lookalikeEdits(traced.text, options.language))

  repairs.sort((a, b) => a.start - b.start || a.end - b.end)
  return { original, format, text: traced.text, toOriginal: traced.toOriginal, repairs, proposals: displacedWordProposals(original) }
}

/**
 * Original [start, end) of the preformatted blocks: ``` blocks of markdown, blocks laid out with
 * spaces in a text file saved one paragraph per line. Readers of other formats find their own.
 */
function preformattedRanges(original: string, traced: TracedText, format: SourceFormat, options: NormalizeOptions): Array<[number, number]> {
  if (format === 'markdown') return codeBlockRanges(original)
  const fromTextFile = !options.format || options.format === 'auto'
  if (!fromTextFile) return []
  return laidOutBlockRanges(traced.text).map(([start, end]) => [offsetAt(traced.toOriginal, start), offsetAt(traced.toOriginal, end)])
}

function lineEndingEdits(text: string): TextEdit[] {
  return editsForMatches(text, /\r\n?/g, 'line-ending', () => '\n')
}

/** Runs of spaces and tabs inside a paragraph become one space; invisible characters go. */
function innerWhitespaceEdits(text: string): TextEdit[] {
  // The lookahead for the first characters lets the engine scan for them; the lookbehind of the last
  // alternative would otherwise be tried at every position.
  return editsForMatches(text, /(?=[ \t\u200B\uFEFF])(?:[ \t]{2,}|\t|[\u200B\uFEFF]+| +(?=\n)|(?<=\n) +)/g, 'whitespace', (m) =>
    /^[\u200B\uFEFF]+$/.test(m[0]) || /^ +$/.test(m[0]) && isLineEdge(text, m) ? '' : ' ',
  )
}

function isLineEdge(text: string, match: RegExpExecArray): boolean {
  const before = match.index === 0 ? '\n' : text[match.index - 1]
  const after = text[match.index + match[0].length] ?? '\n'
  return before === '\n' || after === '\n'
}

/** Clean offset of an original offset (the first clean character at or after it). */
export function toCleanOffset(normalized: NormalizedText, originalOffset: number): number {
  return firstPositionAtOrAfter(normalized.toOriginal, originalOffset)
}

/**
 * The offset map as stored: [clean, original] points where the clean text stops running parallel
 * to the original (flattened pairs, the map's own runs). Enough to map any clean offset back.
 */
export function offsetBreakpoints(toOriginal: OffsetMap): number[] {
  const points: number[] = []
  for (let run = 0; run < toOriginal.starts.length; run++) points.push(toOriginal.starts[run]!, toOriginal.origins[run]!)
  return points
}

/** The original offset of a clean offset, from offsetBreakpoints(). */
export function originalOffset(points: number[], clean: number): number {
  let low = 0
  let high = points.length / 2 - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (points[2 * mid]! <= clean) low = mid
    else high = mid - 1
  }
  return points[2 * low + 1]! + (clean - points[2 * low]!)
}
