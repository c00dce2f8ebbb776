// Content anchors that survive translation between Kazakh and Russian: numbers (with thousand
// separators and decimal commas unified), months, Latin-script tokens (roman numerals in Cyrillic
// look-alike letters read as Latin) and shared abbreviations.
import { LETTER_OR_MARK } from '../text/letter-classes.ts'
import { matchesIn } from '../text/matches.ts'
import { TRANSLATION_MARK_WORDS } from '../structure/paragraphs.ts'

/** Month stems in both languages (Russian genitive and Kazakh), with their numbers. */
const MONTH_STEMS: Array<[string, number]> = [
  ['январ', 1], ['қаңтар', 1], ['феврал', 2], ['ақпан', 2], ['март', 3], ['наурыз', 3], ['апрел', 4], ['сәуір', 4], ['сәуiр', 4],
  ['мая', 5], ['май', 5], ['мамыр', 5], ['июн', 6], ['маусым', 6], ['июл', 7], ['шілде', 7], ['шiлде', 7], ['август', 8], ['тамыз', 8],
  ['сентябр', 9], ['қыркүйек', 9], ['октябр', 10], ['қазан', 10], ['ноябр', 11], ['қараша', 11], ['декабр', 12], ['желтоқсан', 12],
]
/** The anchor of each stem, made once: months are read in every sentence. */
const MONTH_ANCHOR = new Map(MONTH_STEMS.map(([stem, month]) => [stem, `month:${month}`]))

/** Russian ↔ Kazakh abbreviations of organisations, read as one anchor. */
const ABBREVIATIONS: Record<string, string> = {
  РК: 'RK', ҚР: 'RK', ООН: 'UN', БҰҰ: 'UN', СНГ: 'CIS', ТМД: 'CIS', ОБСЕ: 'OSCE', ЕҚЫҰ: 'OSCE',
  ОДКБ: 'CSTO', ҰҚШҰ: 'CSTO', ШОС: 'SCO', ШЫҰ: 'SCO', ЕАЭС: 'EAEU', ЕАЭО: 'EAEU', МИД: 'MFA', СІМ: 'MFA',
  НАТО: 'NATO', NATO: 'NATO',
}
/**
 * The database's mark of a translation, read as one anchor whatever stands around it: a note's
 * `Неофициальный перевод` is the other version's `Бейресми аударма`.
 */
const TRANSLATION_MARK = new RegExp(`(?<!${LETTER_OR_MARK})(?:${TRANSLATION_MARK_WORDS})(?!${LETTER_OR_MARK})`, 'u')
/** A word the mark holds, to skip the pattern for the many texts that hold none. */
const TRANSLATION_WORD = /аударма|АУДАРМА|перевод|ПЕРЕВОД/u
// Each pattern starts with a concrete character class so the engine can skip ahead quickly; the
// word-boundary checks are done in code for the same reason.
const ABBREVIATION = new RegExp(`(?:${Object.keys(ABBREVIATIONS).join('|')})`, 'gu')
/** Latin-script words of two letters or more (names, codes): they pass into the translation as they are. */
const LATIN_WORD = /[A-Za-z][A-Za-z\d-]*[A-Za-z\d]/g
/**
 * Roman numerals of two letters or more written with Cyrillic І and Х, as Kazakh texts write them
 * (`ІІІ тарау`, `іі)`, `ХІ бап`), where the Russian writes Latin ones (`Глава III`, `ii)`).
 */
const CYRILLIC_ROMAN = /[ІіХхIiVvXx]{2,7}/gu
/** A well-formed roman numeral up to 39, in I, V and X (`iiii` and `vx` are not numbers). */
const WELL_FORMED_ROMAN = /^x{0,3}(?:ix|iv|v?i{0,3})$/
/**
 * What may separate a number's thousands: a space, a no-break space, and the thin and narrow
 * no-break spaces of typeset copies (`1 000 000` written with U+2009 or U+202F).
 */
export const THOUSANDS_SEPARATOR = '[ \\u00A0\\u2009\\u202F]'
const NUMBER = new RegExp(`\\d+(?:${THOUSANDS_SEPARATOR}\\d{3})*(?:[.,]\\d+)?`, 'g')
const THOUSANDS_SEPARATORS = new RegExp(THOUSANDS_SEPARATOR, 'g')
const MONTH = new RegExp(`(?:${MONTH_STEMS.map(([stem]) => stem).join('|')})`, 'giu')
const LETTER = new RegExp(LETTER_OR_MARK, 'u')

function isLetterAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && LETTER.test(text[index]!)
}

/** Anchors of a piece of text, as a multiset (an anchor may repeat). */
export function contentAnchors(text: string): string[] {
  const anchors: string[] = []
  for (const match of matchesIn(text, NUMBER)) anchors.push(normaliseNumber(match[0]))
  for (const match of matchesIn(text, ABBREVIATION)) {
    if (!isLetterAt(text, match.index - 1) && !isLetterAt(text, match.index + match[0].length)) anchors.push(ABBREVIATIONS[match[0]]!)
  }
  if (TRANSLATION_WORD.test(text) && TRANSLATION_MARK.test(text)) anchors.push('unofficial-translation')
  for (const match of matchesIn(text, LATIN_WORD)) {
    const word = match[0]
    if (word !== 'NATO' && !isLetterAt(text, match.index - 1) && !isLetterAt(text, match.index + word.length)) anchors.push(word.toLowerCase())
  }
  for (const match of matchesIn(text, CYRILLIC_ROMAN)) {
    const word = match[0]
    if (!/[ІіХх]/u.test(word) || isLetterAt(text, match.index - 1) || isLetterAt(text, match.index + word.length)) continue
    // As LATIN_WORD reads the Latin numeral the other version has: lower case.
    const latin = word.replace(/[Іі]/gu, 'i').replace(/[Хх]/gu, 'x').toLowerCase()
    if (WELL_FORMED_ROMAN.test(latin)) anchors.push(latin)
  }
  for (const match of matchesIn(text, MONTH)) {
    if (isLetterAt(text, match.index - 1)) continue
    let end = match.index + match[0].length
    const limit = end + 6
    while (end < limit && isLetterAt(text, end)) end++
    if (!isLetterAt(text, end)) anchors.push(MONTH_ANCHOR.get(match[0].toLowerCase())!)
  }
  return anchors
}

/** `1 000 000` → `1000000`, `1,5` → `1.5`, `05` → `5`. */
export function normaliseNumber(raw: string): string {
  // Most numbers are digits alone with no leading zero: already in their comparable form.
  if (PLAIN_NUMBER.test(raw)) return raw
  const compact = raw.replace(THOUSANDS_SEPARATORS, '').replace(',', '.')
  const [whole, fraction] = compact.split('.')
  const trimmed = whole!.replace(/^0+(?=\d)/, '')
  return fraction === undefined ? trimmed : `${trimmed}.${fraction}`
}

const PLAIN_NUMBER = /^[1-9]\d*$/

/** Shared anchors, for the reasons shown to the reviewer. */
export function sharedAnchors(a: string[], b: string[]): string[] {
  // Counted, not searched for: a long pair holds thousands of anchors.
  const left = new Map<string, number>()
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1)
  const shared: string[] = []
  for (const x of a) {
    const count = left.get(x) ?? 0
    if (count === 0) continue
    shared.push(x)
    left.set(x, count - 1)
  }
  return shared
}

/** Variance of the length difference per character (Gale & Church 1993). */
const LENGTH_VARIANCE = 6.8

/**
 * How far the Russian length is from what the Kazakh length predicts, in standard deviations of the
 * Gale & Church model (about normal: |deviation| > 2.5 happens to fewer than 2 % of translations).
 */
export function lengthDeviation(kkLength: number, ruLength: number, ratio: number): number {
  if (kkLength === 0 && ruLength === 0) return 0
  const mean = Math.max(1, (kkLength + ruLength / ratio) / 2)
  return (ruLength - kkLength * ratio) / Math.sqrt(mean * LENGTH_VARIANCE)
}

/** −log-likelihood-like cost of two lengths being translations, given the document's length ratio. */
export function lengthCost(kkLength: number, ruLength: number, ratio: number): number {
  const delta = lengthDeviation(kkLength, ruLength, ratio)
  return Math.min(delta * delta * 0.5, 30)
}

/**
 * Anchors as sorted integer ids, so the programmes compare them without allocating: strings are
 * interned once per alignment.
 */
export class AnchorCodes {
  private ids = new Map<string, number>()

  encode(anchors: string[]): Int32Array {
    const codes = new Int32Array(anchors.length)
    anchors.forEach((anchor, k) => {
      let id = this.ids.get(anchor)
      if (id === undefined) {
        id = this.ids.size
        this.ids.set(anchor, id)
      }
      codes[k] = id
    })
    return codes.sort()
  }
}

/** Dice coefficient of two sorted multisets of codes. */
export function codeSimilarity(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0
  let i = 0
  let j = 0
  let shared = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++
      i++
      j++
    } else if (a[i]! < b[j]!) {
      i++
    } else {
      j++
    }
  }
  return (2 * shared) / (a.length + b.length)
}

/** Union of two sorted multisets of codes. */
export function mergeCodes(a: Int32Array, b: Int32Array): Int32Array {
  const merged = new Int32Array(a.length + b.length)
  merged.set(a)
  merged.set(b, a.length)
  return merged.sort()
}

/** Each item's codes merged with the next item's, for beads that take two neighbours (2-1, 1-2). */
export function withNextCodes(codes: Int32Array[]): Int32Array[] {
  return codes.map((own, k) => (k + 1 < codes.length ? mergeCodes(own, codes[k + 1]!) : own))
}

/**
 * Reward for shared anchors (weighted Dice), a penalty when both sides have anchors and share none,
 * and `oneSidedPenalty` when one side has two or more and the other none.
 */
export function anchorCost(kk: Int32Array, ru: Int32Array, weight: number, noSharedPenalty: number, oneSidedPenalty = 0): number {
  if (kk.length === 0 || ru.length === 0) return Math.max(kk.length, ru.length) >= 2 ? oneSidedPenalty : 0
  const similarity = codeSimilarity(kk, ru)
  return similarity === 0 ? noSharedPenalty : -weight * similarity
}

/** The least anchorCost() can add: the full reward, when both sides have anchors. */
export function anchorCostFloor(kk: Int32Array, ru: Int32Array, weight: number): number {
  return kk.length === 0 || ru.length === 0 ? 0 : -weight
}

/**
 * Whether a bead whose cost is at least `floor` is beyond a search's `budget` (see DpOptions.cost),
 * so its anchors need not be compared. The margin keeps rounding in `budget` (a difference of two
 * sums) from dropping a bead that ties: only beads clearly dearer are cut short.
 */
export function beyondBudget(floor: number, budget: number): boolean {
  return floor > budget + 1e-9
}

/** Slope and offset of the logistic that turns a bead's cost into a confidence. */
const CONFIDENCE_SLOPE = 0.8
const CONFIDENCE_OFFSET = 1

/** Confidence from a bead's cost: cost 0 (a plausible pair, no evidence) ≈ 0.73, −4 ≈ 0.99, 2 ≈ 0.35. */
export function confidenceFromCost(cost: number): number {
  return Math.round((1 / (1 + Math.exp(CONFIDENCE_SLOPE * cost - CONFIDENCE_OFFSET))) * 1000) / 1000
}

/** The reasons every pair shows: its length ratio against the document's, and the anchors it shares. */
export function evidenceReasons(kkLength: number, ruLength: number, ratio: number, kkAnchors: string[], ruAnchors: string[]): string[] {
  const reasons = [`length ratio ${(ruLength / Math.max(1, kkLength)).toFixed(2)} (document ${ratio.toFixed(2)})`]
  const shared = sharedAnchors(kkAnchors, ruAnchors)
  if (shared.length > 0) reasons.push(`shared anchors: ${[...new Set(shared)].slice(0, 8).join(', ')}`)
  return reasons
}
