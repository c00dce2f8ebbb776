// Aligns the sentences inside one aligned unit pair: a length-based programme (Gale & Church)
// helped by content anchors and point labels, allowing 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2 beads.
import { alignBeads, type BeadShape } from './dp.ts'
import { AnchorCodes, anchorCost, anchorCostFloor, beyondBudget, confidenceFromCost, contentAnchors, evidenceReasons, lengthCost, withNextCodes } from './features.ts'
import type { Span } from '../text/sentences.ts'
import { LETTER } from '../text/letter-classes.ts'
import { parseHeading } from '../structure/headings.ts'

/** Cost of a sentence without a counterpart. */
const SKIP_COST = 4.5
/** Penalty for 2-1 and 1-2 beads (a sentence split differently in translation). */
const MERGE_PENALTY = 2.5
/** Penalty for 2-2 beads. */
const DOUBLE_MERGE_PENALTY = 3.5
/** Weight of shared numbers, dates and Latin tokens. */
const ANCHOR_WEIGHT = 2.5
/** Penalty when both sides have anchors and share none. */
const NO_SHARED_ANCHOR_PENALTY = 1.5
/**
 * The same when one side has two anchors or more (a date, a reference with its number) and the
 * other none: an editorial note one version has (`(Вступил в силу 16 апреля 2012 года -`) then
 * stands alone instead of riding on its neighbour's pair.
 */
const ONE_SIDED_ANCHORS_PENALTY = NO_SHARED_ANCHOR_PENALTY
/** Bonus when both sides start with the same point label (`1)` ↔ `1/`, `2.` ↔ `2)`). */
const SAME_LABEL_BONUS = 1.5
/**
 * Most the lengths may cost two sentences that open with the same point label. The numbering holds
 * in every document; lengths do not: a Kazakh list often states its main clause in the last point
 * (`d) … мақсатында … режимін құрады`) where the Russian states it before the list, so a point may
 * be three times as long as its translation and still be it. Capped, the pair costs less than
 * leaving both points unpaired (2 × SKIP_COST).
 */
const LABELLED_LENGTH_CAP = 6

/**
 * A sentence that ends with a colon leads in to what follows: a list, a quotation, the articles
 * (`Тараптар:` ↔ `Стороны обеспечат … по следующим направлениям:`, `… уағдаласты:` ↔ `… договорились
 * о нижеследующем:`). Two lead-ins are the same place in the structure, whatever their lengths: the
 * Kazakh often says in the lead-in only who acts and says what they do in the points. They are paired
 * as two sentences that open with the same point label are.
 */
const LEAD_IN = /:[\s"»”']*$/u

/** Penalty for pairing an editorial note (`Примечание`, `Ескерту`) with ordinary text. */
const NOTE_MISMATCH_PENALTY = 5
const NOTE = new RegExp(String.raw`^\s*(?:Примечание|Сноска|Ескерту|Ескертпе)(?!${LETTER})`, 'u')

const SHAPES: BeadShape[] = [
  { kk: 1, ru: 1 }, { kk: 1, ru: 0 }, { kk: 0, ru: 1 }, { kk: 2, ru: 1 }, { kk: 1, ru: 2 }, { kk: 2, ru: 2 },
]

export interface SentenceItem {
  span: Span
  text: string
  anchors: string[]
  label: string | null
  /** Ends with a colon: leads in to a list, a quotation or the articles (see LEAD_IN). */
  leadIn: boolean
  /** The kind and number of the heading the sentence opens with (`chapter 1` for `Глава I`), or null. */
  heading: string | null
}

export interface SentencePair {
  kk: Span[]
  ru: Span[]
  confidence: number
  reasons: string[]
}

/**
 * A point label: `1.`, `2)`, `а)`, and a point of several levels with or without its final stop
 * (`1.1 Целью` as `1.1. Гранттың`). Without the stop the text after it must open with a capital:
 * `8.1 және 8.2 бөлімдерде` opens with a reference; and a heading's number (`3.2-бөлім`) is none.
 */
const LABEL = /^["«“]?\(?(\d+(?:[.-]\d+)+(?=[.)/]|\s+\p{Lu})|\d+(?=[.)/](?!\d))|[a-zа-я](?=[.)/]))[.)/]?/u

export function sentenceItems(text: string, spans: Span[]): SentenceItem[] {
  return spans.map((span) => {
    const sentence = text.slice(span.start, span.end)
    const label = LABEL.exec(sentence)?.[1] ?? null
    const content = label ? sentence.replace(LABEL, '') : sentence
    return { span, text: sentence, anchors: contentAnchors(content), label, leadIn: LEAD_IN.test(sentence), heading: headingKey(sentence) }
  })
}

export function alignSentences(kk: SentenceItem[], ru: SentenceItem[], ratio: number): SentencePair[] {
  const codes = new AnchorCodes()
  const kkSide = costSide(kk, codes)
  const ruSide = costSide(ru, codes)
  const cost = (a: number, b: number, c: number, d: number, budget: number) => beadCost(kkSide, a, b, ruSide, c, d, ratio, budget)
  return alignBeads(kk.length, ru.length, { shapes: SHAPES, cost }).map((bead) => {
    const kkItems = kk.slice(bead.kkStart, bead.kkEnd)
    const ruItems = ru.slice(bead.ruStart, bead.ruEnd)
    return { kk: kkItems.map((i) => i.span), ru: ruItems.map((i) => i.span), confidence: confidence(kkItems, ruItems, bead.cost), reasons: reasons(kkItems, ruItems, ratio) }
  })
}

/**
 * Confidence and reasons for sentences a reviewer grouped by hand (merged, split, moved): the same
 * evidence as an aligned bead — lengths, shared numbers and names, labels — for any group sizes.
 */
export function scoreGroup(kk: SentenceItem[], ru: SentenceItem[], ratio: number): { confidence: number; reasons: string[] } {
  if (kk.length === 0 || ru.length === 0) return { confidence: confidence(kk, ru, 0), reasons: reasons(kk, ru, ratio) }
  const codes = new AnchorCodes()
  const extra = kk.length + ru.length - 2
  let cost = extra === 0 ? 0 : extra === 1 ? MERGE_PENALTY : DOUBLE_MERGE_PENALTY + (extra - 2) * MERGE_PENALTY
  cost += labelledLengthCost(length(kk), length(ru), ratio, sameStructure(kk[0]!, ru[0]!, extra === 0), extra === 0)
  cost += anchorCost(codes.encode(kk.flatMap((i) => i.anchors)), codes.encode(ru.flatMap((i) => i.anchors)), ANCHOR_WEIGHT, NO_SHARED_ANCHOR_PENALTY, ONE_SIDED_ANCHORS_PENALTY)
  return { confidence: confidence(kk, ru, cost), reasons: reasons(kk, ru, ratio) }
}

/** Lengths, notes and anchor codes of one side, singly and for neighbours together (2-1, 1-2, 2-2 beads). */
interface CostSide {
  items: SentenceItem[]
  notes: boolean[]
  anchors: Int32Array[]
  pairAnchors: Int32Array[]
}

function costSide(items: SentenceItem[], codes: AnchorCodes): CostSide {
  const anchors = items.map((item) => codes.encode(item.anchors))
  return { items, notes: items.map((item) => NOTE.test(item.text)), anchors, pairAnchors: withNextCodes(anchors) }
}

/** A bead's cost; its anchors are compared only when the rest leaves it within `budget` (see DpOptions.cost). */
function beadCost(kk: CostSide, a: number, b: number, ru: CostSide, c: number, d: number, ratio: number, budget: number): number {
  if (a === b || c === d) return SKIP_COST
  const size = b - a + (d - c)
  let cost = size === 3 ? MERGE_PENALTY : size === 4 ? DOUBLE_MERGE_PENALTY : 0
  // Each side a lead-in and what follows it: the bead hides a boundary both sides mark.
  if (size === 4 && kk.items[a]!.leadIn && ru.items[c]!.leadIn) cost += MERGE_PENALTY
  // A point that opens inside the merged side while the other side has no label at all: the bead
  // hides a point one version lacks (a list's first point glued to the title above it).
  if (size === 3 && opensPointInside(kk, a, b, ru, c)) cost += MERGE_PENALTY
  const kkLength = kk.items[a]!.text.length + (b - a === 2 ? kk.items[a + 1]!.text.length : 0)
  const ruLength = ru.items[c]!.text.length + (d - c === 2 ? ru.items[c + 1]!.text.length : 0)
  cost += labelledLengthCost(kkLength, ruLength, ratio, sameStructure(kk.items[a]!, ru.items[c]!, size === 2), size === 2)
  // An editorial note pairs with a note: the two versions may place them differently.
  const kkNote = kk.notes[a]!
  const ruNote = ru.notes[c]!
  if (kkNote && ruNote) cost -= SAME_LABEL_BONUS
  else if (kkNote !== ruNote) cost += NOTE_MISMATCH_PENALTY
  const kkAnchors = b - a === 2 ? kk.pairAnchors[a]! : kk.anchors[a]!
  const ruAnchors = d - c === 2 ? ru.pairAnchors[c]! : ru.anchors[c]!
  const floor = cost + anchorCostFloor(kkAnchors, ruAnchors, ANCHOR_WEIGHT)
  if (beyondBudget(floor, budget)) return floor
  return cost + anchorCost(kkAnchors, ruAnchors, ANCHOR_WEIGHT, NO_SHARED_ANCHOR_PENALTY, ONE_SIDED_ANCHORS_PENALTY)
}

/** In a 2-1 or 1-2 bead: the pair's second sentence opens with a point label and the single sentence has none. */
function opensPointInside(kk: CostSide, a: number, b: number, ru: CostSide, c: number): boolean {
  const [merged, from, single] = b - a === 2 ? [kk, a, ru.items[c]!] : [ru, c, kk.items[a]!]
  return merged.items[from + 1]!.label !== null && single.label === null
}

/**
 * Whether two sentences hold the same place in the structure: they open with the same point label
 * or the same heading (`I тарау Мақсаттар мен қағидаттар` and `Глава I`, whose title the Russian
 * sets on a line of its own), or, paired one to one, both lead in to what follows.
 */
function sameStructure(kk: SentenceItem, ru: SentenceItem, oneToOne: boolean): boolean {
  if (kk.label && ru.label) return sameLabel(kk.label, ru.label)
  if (kk.heading !== null && kk.heading === ru.heading) return true
  return oneToOne && kk.leadIn && ru.leadIn
}

/** `chapter 1` for a sentence opening with `Глава I` or `I тарау …`: its first line read as a heading. */
function headingKey(sentence: string): string | null {
  const heading = parseHeading(sentence.split('\n', 1)[0]!)
  return heading && heading.number !== '' ? `${heading.kind} ${heading.number}` : null
}

/**
 * The length cost, less the label bonus where both sides hold the same place in the structure, and
 * capped for a 1-1 pair: in a merged bead the lengths still tell whether the extra sentence belongs.
 */
function labelledLengthCost(kkLength: number, ruLength: number, ratio: number, sameStructure: boolean, oneToOne: boolean): number {
  const cost = lengthCost(kkLength, ruLength, ratio)
  if (!sameStructure) return cost
  return (oneToOne ? Math.min(cost, LABELLED_LENGTH_CAP) : cost) - SAME_LABEL_BONUS
}

/**
 * Point labels that may be the same point: equal numbers; letters equal once Cyrillic look-alikes
 * read as Latin (`а)` is `a)`, `с)` is `c)`); letters of two alphabets (`b)` and `б)`), which may
 * or may not be the same point, are given the benefit of the doubt.
 */
function sameLabel(a: string, b: string): boolean {
  // Asked for every bead the alignment weighs: the patterns are made once, and no array is built.
  if (OPENS_WITH_DIGIT.test(a) || OPENS_WITH_DIGIT.test(b)) return a === b
  const first = latinLookalike(a)
  const second = latinLookalike(b)
  return first === second || HAS_LATIN_LETTER.test(first) !== HAS_LATIN_LETTER.test(second)
}

const OPENS_WITH_DIGIT = /^\d/
const HAS_LATIN_LETTER = /[a-z]/

const LATIN_OF_CYRILLIC: Record<string, string> = { а: 'a', с: 'c', е: 'e', о: 'o', р: 'p', х: 'x', у: 'y' }

function latinLookalike(letter: string): string {
  return LATIN_OF_CYRILLIC[letter] ?? letter
}

function length(items: SentenceItem[]): number {
  return items.reduce((sum, item) => sum + item.text.length, 0)
}

function confidence(kk: SentenceItem[], ru: SentenceItem[], cost: number): number {
  if (kk.length === 0 || ru.length === 0) return 0.3
  return confidenceFromCost(cost)
}

function reasons(kk: SentenceItem[], ru: SentenceItem[], ratio: number): string[] {
  if (kk.length === 0 || ru.length === 0) return [`sentence found in the ${kk.length === 0 ? 'Russian' : 'Kazakh'} text only`]
  const list = evidenceReasons(length(kk), length(ru), ratio, kk.flatMap((i) => i.anchors), ru.flatMap((i) => i.anchors))
  if (kk.length + ru.length > 2) list.push(`${kk.length}-${ru.length}: sentences split differently`)
  return list
}
