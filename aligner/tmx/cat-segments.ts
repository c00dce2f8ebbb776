// Cuts a pair where CAT tools cut a document into segments, so that a TM unit's source is exactly
// a segment the translator's tool looks up. OmegaT's default rules (SRX, also what memoQ and Trados
// do short of their abbreviation lists) cut at every paragraph, after a heading number before a
// capital (`1. Тараптар` → `1.` | `Тараптар`), after `.`, `?` or `!` followed by a space, and at a
// line break inside a paragraph (the lines of a preformatted block, apart by LINE_SEPARATOR).
// Where both sides cut into as many pieces carrying the same numbers, the pieces pair in order;
// otherwise Egiz's sentence aligner pairs the pieces inside the pair (a piece may join its
// neighbour), and the pair is cut only if every piece found a counterpart holding the same numbers.
// Failing that it stays whole: no piece is ever paired with one that does not translate it.
import { alignSentences, sentenceItems } from '../align/sentences.ts'
import { parseHeading } from '../structure/headings.ts'
import { LINE_SEPARATOR } from '../text/line-separator.ts'
import { HEADING_NUMBER_SOURCE, LEAD_WORDS, splitSentences } from '../text/sentences.ts'

/** OmegaT's "numbered headers" rule: a number label, then a capital. */
const HEADING_NUMBER = /^\s*\p{Nd}+[\p{Nd}.)\]]+\s+(?=\p{Lu})/u
/**
 * Any number label opening a segment (`1/ жылжымалы`, `2) вклады`, `1.1 Целью`): one side's tool
 * may cut there. A multi-level number needs no closing mark; a single number does (`2004 года`).
 */
const ANY_NUMBER_LABEL = /^\s*["«“]?\(?\p{Nd}+(?:(?:\.\p{Nd}+)+\.?|(?:[.-]\p{Nd}+)*[.)/\]])\s+/u
/** A heading's number and the space after it, its stop kept with it (`2.2-бөлім.`, `Раздел 2.2`). */
const HEADING_NUMBER_APART = new RegExp(String.raw`^\s*${HEADING_NUMBER_SOURCE}\.?\s+`, 'iu')
/** OmegaT's ".?! rule": a sentence mark, then a space. */
const SENTENCE_END = /(?<=[.?!])\s+/u

/** The segments of one paragraph, as OmegaT cuts it; a preformatted block's lines each apart. */
export function catSegments(paragraph: string): string[] {
  if (paragraph.includes(LINE_SEPARATOR)) return paragraph.split(LINE_SEPARATOR).flatMap(catSegments)
  let rest = paragraph.trim()
  const segments: string[] = []
  const label = HEADING_NUMBER.exec(rest)
  if (label) {
    segments.push(label[0].trim())
    rest = rest.slice(label[0].length)
  }
  for (const piece of rest.split(SENTENCE_END)) if (piece.trim() !== '') segments.push(piece.trim())
  return segments
}

/**
 * The pair as segment pairs: paragraph by paragraph when both sides have as many paragraphs, each
 * paragraph cut into its segments where they pair; else segment by segment across the pair; else
 * whole (paragraphs joined by a space). Where one side has a number label or a heading's number
 * apart and the other does not (`1) Инвестиции` against `1/ Кез келген`; `Глава I` | `Цели и
 * принципы` against `I тарау Мақсаттар мен қағидаттар`), both cuts are given, one for each
 * direction of translation. An editorial note's lead word (`Ескерту.` / `Сноска.`), which CAT tools
 * cut off, pairs with the other's and is cut off both sides, whatever the note says.
 */
export function cutPair(source: string[], target: string[]): Array<[string, string]> {
  const sourceParagraphs = nonEmpty(source)
  const targetParagraphs = nonEmpty(target)
  const whole: [string, string] = [sourceParagraphs.join(' '), targetParagraphs.join(' ')]
  if (sourceParagraphs.length === 0 || targetParagraphs.length === 0) return [whole]
  if (sourceParagraphs.some(isPreformatted) || targetParagraphs.some(isPreformatted)) return preformattedPairs(sourceParagraphs, targetParagraphs, whole)
  const sourceLead = leadWordApart(sourceParagraphs[0]!)
  const targetLead = leadWordApart(targetParagraphs[0]!)
  if (sourceLead && targetLead) {
    return [[sourceLead.word, targetLead.word], ...cutPair([sourceLead.rest, ...sourceParagraphs.slice(1)], [targetLead.rest, ...targetParagraphs.slice(1)])]
  }
  return withEgizRulePairs(defaultRulePairs(sourceParagraphs, targetParagraphs, whole), sourceParagraphs, targetParagraphs)
}

function defaultRulePairs(source: string[], target: string[], whole: [string, string]): Array<[string, string]> {
  if (source.length === target.length && source.length > 1 && source.every((paragraph, index) => sameNumbers(paragraph, target[index]!))) {
    return source.flatMap((paragraph, index) => paragraphPairs(paragraph, target[index]!))
  }
  return withLabelsCut(source.flatMap(catSegments), target.flatMap(catSegments)) ?? joinedParagraphPairs(source, target) ?? [whole]
}

/**
 * One version breaks a paragraph where the other does not (a blank line inside a sentence: `екі жаңа
 * бап` | `11 А бабы…` against one Russian paragraph). The broken halves translate nothing alone, but
 * the other version's segments do pair with the joined text's: the units serve the document whose
 * paragraph is whole.
 */
function joinedParagraphPairs(source: string[], target: string[]): Array<[string, string]> | null {
  if (source.length === 1 && target.length === 1) return null
  return withLabelsCut(catSegments(source.join(' ')), catSegments(target.join(' ')))
}

/**
 * Where the project rules of `egiz rules` segment otherwise than the default rules (they do not
 * cut after `г.` or an initial: `Н.А. Назарбаевым`), the segments they make are paired too, so
 * the TM fills the segments of either rules.
 */
function withEgizRulePairs(pairs: Array<[string, string]>, source: string[], target: string[]): Array<[string, string]> {
  const sourceSegments = source.flatMap(egizRuleSegments)
  const targetSegments = target.flatMap(egizRuleSegments)
  if (sameList(sourceSegments, source.flatMap(catSegments)) && sameList(targetSegments, target.flatMap(catSegments))) return pairs
  const egizPairs = sourceSegments.length === 1 && targetSegments.length === 1 ? [[sourceSegments[0]!, targetSegments[0]!] as [string, string]] : segmentPairs(sourceSegments, targetSegments)
  return egizPairs ? unique([...pairs, ...egizPairs]) : pairs
}

/** A paragraph as `egiz rules` cut it: Egiz's sentences, a heading number before a capital apart. */
function egizRuleSegments(paragraph: string): string[] {
  const segments = splitSentences(paragraph).map((span) => paragraph.slice(span.start, span.end).trim())
  const label = HEADING_NUMBER.exec(segments[0] ?? '')
  if (label) segments.splice(0, 1, label[0].trim(), segments[0]!.slice(label[0].length))
  return segments.filter((segment) => segment !== '')
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index])
}

function unique(pairs: Array<[string, string]>): Array<[string, string]> {
  return pairs.filter(([a, b], index) => pairs.findIndex(([c, d]) => a === c && b === d) === index)
}

function paragraphPairs(source: string, target: string): Array<[string, string]> {
  return withLabelsCut(catSegments(source), catSegments(target)) ?? [[source, target]]
}

/** The segment pairs, and also the pairs with every number label cut off where that pairs more. */
function withLabelsCut(source: string[], target: string[]): Array<[string, string]> | null {
  const pairs = segmentPairs(source, target)
  const labelled = source.flatMap(cutNumber)
  const labelledTarget = target.flatMap(cutNumber)
  // Only where the two sides have numbers apart differently: one already has them apart, the other not.
  const finer = labelled.length - source.length === labelledTarget.length - target.length ? null : segmentPairs(labelled, labelledTarget)
  if (!finer || (pairs !== null && finer.length <= pairs.length)) return pairs
  return unique([...(pairs ?? [[source.join(' '), target.join(' ')] as [string, string]]), ...finer])
}

/** A segment with its number label, or its heading's number, apart from the rest. */
function cutNumber(segment: string): string[] {
  const heading = parseHeading(segment)
  if (heading && heading.title !== '' && segment.endsWith(heading.title)) return [segment.slice(0, segment.length - heading.title.length).trim(), heading.title]
  // A sub-section's number, which the heading parser leaves to the text (`Раздел 2.2 Цель`).
  const number = HEADING_NUMBER_APART.exec(segment)
  if (number && number[0].length < segment.length) return [number[0].trim(), segment.slice(number[0].length).trim()]
  const label = ANY_NUMBER_LABEL.exec(segment)
  return label && label[0].length < segment.length ? [label[0].trim(), segment.slice(label[0].length).trim()] : [segment]
}

function isPreformatted(paragraph: string): boolean {
  return paragraph.includes(LINE_SEPARATOR)
}

/**
 * A preformatted block (a letterhead or signature in columns) as a CAT tool cuts it: a segment a
 * line, or a sentence of a line. The segments pair by Egiz's sentence aligner on their lengths, the
 * way separate lines were aligned, without asking that numbers match (column layouts put them on
 * other lines in the two versions); a segment the other side has nothing for gets no unit. The
 * whole block is kept too, as the one pair sure to translate itself.
 */
function preformattedPairs(source: string[], target: string[], whole: [string, string]): Array<[string, string]> {
  const sourceSegments = source.flatMap(catSegments)
  const targetSegments = target.flatMap(catSegments)
  const beads = alignSentences(lineItems(sourceSegments), lineItems(targetSegments), sourceSegments.join('').length / Math.max(1, targetSegments.join('').length))
  const pairs: Array<[string, string]> = []
  let s = 0
  let t = 0
  for (const bead of beads) {
    const pair: [string, string] = [sourceSegments.slice(s, (s += bead.kk.length)).join(' '), targetSegments.slice(t, (t += bead.ru.length)).join(' ')]
    if (pair[0] !== '' && pair[1] !== '') pairs.push(pair)
  }
  const wholeText: [string, string] = [segmentLine(whole[0]), segmentLine(whole[1])]
  return pairs.some(([a, b]) => a === wholeText[0] && b === wholeText[1]) ? pairs : [...pairs, wholeText]
}

/** Segments as the sentence aligner's items, one after another in a text of their own. */
function lineItems(segments: string[]) {
  const text = segments.join('\n')
  let start = 0
  return sentenceItems(text, segments.map((segment) => ({ start, end: (start += segment.length + 1) - 1 })))
}

function segmentLine(text: string): string {
  return text.split(LINE_SEPARATOR).map((line) => line.trim()).filter((line) => line !== '').join(' ')
}

/** `Ескерту.` and the rest of a paragraph that opens with a note's lead word and its full stop. */
function leadWordApart(paragraph: string): { word: string; rest: string } | null {
  const match = /^(\S+)\.\s+(?=\S)/u.exec(paragraph)
  return match && LEAD_WORDS.test(match[1]!) ? { word: `${match[1]}.`, rest: paragraph.slice(match[0].length) } : null
}

/** The segments of the two sides paired, or null when they cannot all be paired. */
function segmentPairs(source: string[], target: string[]): Array<[string, string]> | null {
  const labelApart = withLoneLabelApart(source, target)
  if (labelApart !== undefined) return labelApart
  if (source.length === target.length && source.every((segment, index) => sameNumbers(segment, target[index]!))) {
    return source.map((segment, index) => [segment, target[index]!])
  }
  if (source.length + target.length <= 2) return null
  const ratio = source.join('').length / Math.max(1, target.join('').length)
  const beads = alignSentences(lineItems(source), lineItems(target), ratio)
  if (beads.some((bead) => bead.kk.length === 0 || bead.ru.length === 0)) return null
  let s = 0
  let t = 0
  const pairs = beads.map((bead): [string, string] => [source.slice(s, (s += bead.kk.length)).join(' '), target.slice(t, (t += bead.ru.length)).join(' ')])
  return pairs.length > 1 && pairs.every(([a, b]) => sameNumbers(a, b)) ? pairs : null
}

/**
 * One side opens with a number label cut off as a segment of its own, and the other has no number
 * at all: its list is numbered by Word, the number outside the text (`2.` | `Конвенцияның
 * кіріспесі…` against `Преамбула Конвенции…`). The rest pairs, and the whole too, for a tool that
 * leaves the number on; the number gets no unit, the other document having no such text.
 * Undefined when neither side is so.
 */
function withLoneLabelApart(source: string[], target: string[]): Array<[string, string]> | null | undefined {
  const afterLabel = (segments: string[]) => (segments.length > 1 && isLoneLabel(segments[0]!) ? segments.slice(1) : null)
  const sourceRest = opensWithLabel(target[0]!) ? null : afterLabel(source)
  const targetRest = opensWithLabel(source[0]!) ? null : afterLabel(target)
  const rest = sourceRest ? pairsOf(sourceRest, target) : targetRest ? pairsOf(source, targetRest) : undefined
  return rest ? [...rest, [source.join(' '), target.join(' ')]] : rest
}

function pairsOf(source: string[], target: string[]): Array<[string, string]> | null {
  if (source.length === 1 && target.length === 1) return sameNumbers(source[0]!, target[0]!) ? [[source[0]!, target[0]!]] : null
  return segmentPairs(source, target)
}

/** A segment that is only a number label (`2.`, `1)`), as OmegaT cuts one off before a capital. */
function isLoneLabel(segment: string): boolean {
  const label = ANY_NUMBER_LABEL.exec(`${segment} `)
  return label !== null && label[0].trim() === segment
}

function opensWithLabel(segment: string): boolean {
  return ANY_NUMBER_LABEL.test(`${segment} `)
}

/** Paragraphs with text, trimmed, with the line breaks of wrapped lines read as spaces (a run of spaces matched from its first). */
function nonEmpty(paragraphs: string[]): string[] {
  return paragraphs.map((paragraph) => paragraph.replace(/(?<!\s)\s*\n\s*/g, ' ').trim()).filter((paragraph) => paragraph !== '')
}

/**
 * The two hold the same numbers (in any order: `2004 ж., N 4` is `N 4, 2004 г.`; grouped or not:
 * `100 000` is `100000`), a leading number label aside or not: one side's list number may be Word
 * numbering, outside the text, and what reads as a label may be a reference (`4.2 - тармақтың`).
 */
function sameNumbers(a: string, b: string): boolean {
  const numbers = (text: string) => (ungrouped(text).match(/\p{Nd}+/gu) ?? []).sort().join(' ')
  const withoutLabel = (text: string) => numbers(text.replace(ANY_NUMBER_LABEL, ''))
  return withoutLabel(a) === withoutLabel(b) || numbers(a) === numbers(b)
}

/** Digits grouped in threes by a space (`100 000`, `1 000 000`) as one number. */
function ungrouped(text: string): string {
  return text.replace(/(?<=\p{Nd})[ \u00A0\u202F](?=\p{Nd}{3}(?!\p{Nd}))/gu, '')
}
