// Aligns the top-level units of the two documents (articles, sections, front matter paragraphs…).
// Numbering is the primary evidence: two units with the same kind and number pair whatever their
// lengths (length and content can only lower such a pair's confidence); length and content anchors
// decide among the candidates numbering leaves open.
import type { Unit, UnitKind } from '../structure/parse.ts'
import { alignBeads, type Bead, type BeadShape } from './dp.ts'
import { pathGuide } from './guide.ts'
import { AnchorCodes, anchorCost, anchorCostFloor, beyondBudget, confidenceFromCost, evidenceReasons, lengthCost, lengthDeviation, withNextCodes } from './features.ts'
import type { SentenceItem } from './sentences.ts'
import { WORD_CHAR } from '../text/letter-classes.ts'
import { appendAll } from '../append.ts'

/** Bonus for two units with the same structural number (article 5 ↔ 5-бап). */
const SAME_NUMBER_BONUS = 8
/**
 * Most that length and content may count against a same-numbered pair in the search. With it, the
 * pair always costs less than leaving both units alone (2 × SKIP_COST), so the search never answers
 * `5 ↔ —` next to `— ↔ 5`; a big omission shows in the pair's confidence instead.
 */
const SAME_NUMBER_EVIDENCE_CAP = 4
/** Penalty for pairing two numbered units whose numbers differ (renumbering is rare). */
const NUMBER_MISMATCH_PENALTY = 6
/** Penalty for pairing a structural heading unit with an unnumbered paragraph. */
const KIND_MISMATCH_PENALTY = 4
/** Penalty for pairing a signature, final clause, note… with a paragraph of another role. */
const ROLE_MISMATCH_PENALTY = 2.5
/** Weight of content-anchor agreement (Dice coefficient in [0, 1]). */
const ANCHOR_WEIGHT = 3
/** Penalty when both units have anchors and share none. */
const NO_SHARED_ANCHOR_PENALTY = 1.5
/** Cost of leaving a unit without a counterpart. */
const SKIP_COST = 5
/**
 * Editorial notes (an amendment's, the database's note of entry into force) and certifications of
 * a copy often exist on one side only: cheaper to leave unpaired.
 */
const SKIP_ONE_SIDED_COST = 2.5
/** Kinds that are often in one version only. */
const OFTEN_ONE_SIDED = new Set<UnitKind>(['note', 'in-force', 'certification'])
/** Highest confidence of a pair whose text holds a heading of the next unit (two articles glued into one). */
const GLUED_HEADING_CONFIDENCE = 0.4
/**
 * Same-numbered units: the length deviation (standard deviations, see lengthDeviation) at which the
 * confidence falls to 0.5, and how steeply it falls. Beyond 2.5 deviations the model gives a real
 * translation less than a 2 % chance: text is likely missing or added on one side.
 */
const LENGTH_DOUBT_DEVIATION = 2.5
const LENGTH_DOUBT_SLOPE = 2
/** Penalty for joining two units into one bead (paragraphs split differently). */
const MERGE_PENALTY = 2.5

const SHAPES: BeadShape[] = [
  { kk: 1, ru: 1 }, { kk: 1, ru: 0 }, { kk: 0, ru: 1 }, { kk: 2, ru: 1 }, { kk: 1, ru: 2 },
]

/** Kinds whose units carry a number that pairs them across the versions. */
export const NUMBERED_KINDS: ReadonlySet<UnitKind> = new Set<UnitKind>(['article', 'section', 'chapter', 'subchapter', 'annex', 'point'])

export interface UnitItem {
  unit: Unit
  text: string
  anchors: string[]
}

export interface UnitPair {
  kk: Unit[]
  ru: Unit[]
  confidence: number
  reasons: string[]
  /** Said when one side is far longer than the document's ratio predicts: text may be missing. */
  lengthWarning?: string
}

/**
 * Units with the anchors of their sentences (computed once, for both levels); a heading's own
 * number (`Статья 5`) is structure, not content, so an article's first sentence is left out.
 */
export function unitItems(units: Unit[], text: string, sentences: SentenceItem[][]): UnitItem[] {
  return units.map((unit, k) => {
    const own = sentences[k]!
    const content = HEADED_KINDS.has(unit.kind) ? own.slice(1) : own
    return { unit, text: text.slice(unit.start, unit.end), anchors: content.flatMap((sentence) => sentence.anchors) }
  })
}

const HEADED_KINDS = new Set<UnitKind>(['article', 'section', 'chapter', 'subchapter'])

export function alignUnits(kk: UnitItem[], ru: UnitItem[]): UnitPair[] {
  const ratio = robustLengthRatio(kk, ru)
  const codes = new AnchorCodes()
  const kkSide = costSide(kk, codes)
  const ruSide = costSide(ru, codes)
  const cost = (a: number, b: number, c: number, d: number, budget: number) => beadCost(kkSide, a, b, ruSide, c, d, ratio, budget)
  const beads = alignBeads(kk.length, ru.length, { shapes: SHAPES, cost, guide: pathGuide(kk, ru) })
  return beads.map((bead) => describe(bead, kkSide, ruSide, ratio))
}

/** Fewest same-numbered unit pairs whose median length ratio is trusted over the whole document's. */
const MIN_PAIRS_FOR_MEDIAN_RATIO = 3

/**
 * The Russian/Kazakh length ratio that lengths are judged against: the median over units whose kind
 * and number occur once on each side, which one long omission or addition cannot move (it moves
 * the whole document's ratio, and then every pair would look wrong); the document's ratio where
 * there are too few such units.
 */
function robustLengthRatio(kk: UnitItem[], ru: UnitItem[]): number {
  const kkOnce = numberedOnce(kk)
  const ratios: number[] = []
  for (const [key, ruItem] of numberedOnce(ru)) {
    const kkItem = kkOnce.get(key)
    if (kkItem && kkItem.text.length > 0) ratios.push(ruItem.text.length / kkItem.text.length)
  }
  if (ratios.length < MIN_PAIRS_FOR_MEDIAN_RATIO) return lengthRatio(kk, ru)
  ratios.sort((x, y) => x - y)
  const middle = ratios.length >> 1
  return ratios.length % 2 === 1 ? ratios[middle]! : (ratios[middle - 1]! + ratios[middle]!) / 2
}

/** Numbered units by `kind number`, for the numbers that occur once. */
function numberedOnce(items: UnitItem[]): Map<string, UnitItem> {
  const byKey = new Map<string, UnitItem | null>()
  for (const item of items) {
    if (!isNumbered(item.unit)) continue
    const key = `${item.unit.kind} ${item.unit.number}`
    byKey.set(key, byKey.has(key) ? null : item)
  }
  return new Map([...byKey].filter((entry): entry is [string, UnitItem] => entry[1] !== null))
}

function lengthRatio(kk: UnitItem[], ru: UnitItem[]): number {
  const kkLength = sumLength(kk)
  const ruLength = sumLength(ru)
  return kkLength > 0 && ruLength > 0 ? ruLength / kkLength : 1
}

/** What the cost function needs of one side, precomputed so each of its many calls is cheap. */
interface CostSide {
  items: UnitItem[]
  lengths: number[]
  numbered: boolean[]
  anchors: Int32Array[]
  /** Anchors of items k and k+1 together, for 2-1 and 1-2 beads. */
  pairAnchors: Int32Array[]
}

function costSide(items: UnitItem[], codes: AnchorCodes): CostSide {
  const anchors = items.map((item) => codes.encode(item.anchors))
  return {
    items,
    lengths: items.map((item) => item.text.length),
    numbered: items.map((item) => isNumbered(item.unit)),
    anchors,
    pairAnchors: withNextCodes(anchors),
  }
}

function beadCost(kk: CostSide, a: number, b: number, ru: CostSide, c: number, d: number, ratio: number, budget: number): number {
  if (a === b || c === d) {
    const item = (a === b ? ru.items[c] : kk.items[a])!
    return OFTEN_ONE_SIDED.has(item.unit.kind) ? SKIP_ONE_SIDED_COST : SKIP_COST
  }
  // Merges join paragraphs split differently; a numbered unit (an article) is never merged.
  if (b - a + (d - c) > 2 && (anyNumbered(kk, a, b) || anyNumbered(ru, c, d))) return Infinity
  return pairCost(kk, a, b, ru, c, d, ratio, SAME_NUMBER_EVIDENCE_CAP, budget)
}

/**
 * Cost of pairing kk[a, b) with ru[c, d): structure, then length and anchors; for same-numbered
 * units the content evidence is capped at `sameNumberCap` (the search), or not (the confidence).
 * Anchors, the dearest to compare, are left out when the rest already puts the pair over `budget`.
 */
function pairCost(kk: CostSide, a: number, b: number, ru: CostSide, c: number, d: number, ratio: number, sameNumberCap: number, budget = Infinity): number {
  const kkNumbered = kk.numbered[a] ? kk.items[a]!.unit : undefined
  const ruNumbered = ru.numbered[c] ? ru.items[c]!.unit : undefined
  const structure = structureCost(kk.items[a]!.unit, ru.items[c]!.unit, kkNumbered, ruNumbered)
  const merge = b - a + (d - c) > 2 ? MERGE_PENALTY : 0
  const kkAnchors = b - a === 2 ? kk.pairAnchors[a]! : kk.anchors[a]!
  const ruAnchors = d - c === 2 ? ru.pairAnchors[c]! : ru.anchors[c]!
  const length = lengthCost(rangeLength(kk, a, b), rangeLength(ru, c, d), ratio)
  const floor = withEvidence(structure, merge, length + anchorCostFloor(kkAnchors, ruAnchors, ANCHOR_WEIGHT), sameNumberCap)
  if (beyondBudget(floor, budget)) return floor
  return withEvidence(structure, merge, length + anchorCost(kkAnchors, ruAnchors, ANCHOR_WEIGHT, NO_SHARED_ANCHOR_PENALTY), sameNumberCap)
}

/** A pair's cost from its parts; a same-numbered pair pays no merge penalty and at most `sameNumberCap` for its evidence. */
function withEvidence(structure: number, merge: number, evidence: number, sameNumberCap: number): number {
  return structure === -SAME_NUMBER_BONUS ? structure + Math.min(evidence, sameNumberCap) : merge + structure + evidence
}

function anyNumbered(side: CostSide, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (side.numbered[k]) return true
  return false
}

function rangeLength(side: CostSide, from: number, to: number): number {
  let total = 0
  for (let k = from; k < to; k++) total += side.lengths[k]!
  return total
}

function structureCost(kkFirst: Unit, ruFirst: Unit, kkNumbered: Unit | undefined, ruNumbered: Unit | undefined): number {
  if (kkNumbered && ruNumbered) {
    if (kkNumbered.kind !== ruNumbered.kind) return KIND_MISMATCH_PENALTY
    return kkNumbered.number === ruNumbered.number ? -SAME_NUMBER_BONUS : NUMBER_MISMATCH_PENALTY
  }
  if (kkNumbered || ruNumbered) return KIND_MISMATCH_PENALTY
  if (kkFirst.kind === ruFirst.kind) return -1
  return DISTINCT_ROLES.has(kkFirst.kind) || DISTINCT_ROLES.has(ruFirst.kind) ? ROLE_MISMATCH_PENALTY : 0
}

/** Paragraph roles read reliably in both languages: pairing one with another role is suspect. */
const DISTINCT_ROLES = new Set<UnitKind>(['signature', 'final-clause', 'note', 'enactment', 'in-force'])

function isNumbered(unit: Unit): boolean {
  return NUMBERED_KINDS.has(unit.kind) && unit.number !== null && unit.number !== ''
}

function sumLength(items: UnitItem[]): number {
  return items.reduce((sum, item) => sum + item.text.length, 0)
}

function describe(bead: Bead, kkSide: CostSide, ruSide: CostSide, ratio: number): UnitPair {
  const kkItems = kkSide.items.slice(bead.kkStart, bead.kkEnd)
  const ruItems = ruSide.items.slice(bead.ruStart, bead.ruEnd)
  const reasons: string[] = []
  if (kkItems.length === 0 || ruItems.length === 0) {
    const item = (kkItems[0] ?? ruItems[0])!
    reasons.push(`${item.unit.kind} found in the ${kkItems.length === 0 ? 'Russian' : 'Kazakh'} text only`)
    return { kk: kkItems.map((i) => i.unit), ru: ruItems.map((i) => i.unit), confidence: OFTEN_ONE_SIDED.has(item.unit.kind) ? 0.6 : 0.3, reasons }
  }
  const kkNumbered = kkItems.find((i) => isNumbered(i.unit))?.unit
  const ruNumbered = ruItems.find((i) => isNumbered(i.unit))?.unit
  if (kkNumbered && ruNumbered) {
    reasons.push(kkNumbered.number === ruNumbered.number ? `same ${kkNumbered.kind} number ${kkNumbered.number}` : `${kkNumbered.kind} numbers differ: ${kkNumbered.number} / ${ruNumbered.number}`)
  }
  appendAll(reasons, evidenceReasons(sumLength(kkItems), sumLength(ruItems), ratio, kkItems.flatMap((i) => i.anchors), ruItems.flatMap((i) => i.anchors)))
  if (kkItems.length + ruItems.length > 2) reasons.push(`${kkItems.length}-${ruItems.length}: units split differently`)
  const sameNumber = kkNumbered && ruNumbered && kkNumbered.kind === ruNumbered.kind && kkNumbered.number === ruNumbered.number
  const kkLength = sumLength(kkItems)
  const ruLength = sumLength(ruItems)
  const deviation = lengthDeviation(kkLength, ruLength, ratio)
  // Numbering settles which units pair; how much their lengths disagree says how sure the pair is.
  let confidence = sameNumber
    ? Math.round(1000 / (1 + Math.exp(LENGTH_DOUBT_SLOPE * (Math.abs(deviation) - LENGTH_DOUBT_DEVIATION)))) / 1000
    : confidenceFromCost(pairCost(kkSide, bead.kkStart, bead.kkEnd, ruSide, bead.ruStart, bead.ruEnd, ratio, Infinity))
  let lengthWarning: string | undefined
  if (Math.abs(deviation) >= LENGTH_DOUBT_DEVIATION) {
    const [shorter, longer] = deviation < 0 ? ['Russian', 'Kazakh'] : ['Kazakh', 'Russian']
    lengthWarning = `the ${shorter} text is much shorter than the ${longer} one for this document (${kkLength} / ${ruLength} characters, ${Math.abs(deviation).toFixed(1)} standard deviations): text may be missing on one side`
    reasons.push(lengthWarning)
  }
  for (const [items, language] of [[kkItems, 'Kazakh'], [ruItems, 'Russian']] as const) {
    const glued = items.map((item) => gluedHeading(item)).find((heading) => heading !== null)
    if (!glued) continue
    confidence = Math.min(confidence, GLUED_HEADING_CONFIDENCE)
    reasons.push(`the ${language} side also holds the heading "${glued}": two articles may be glued together`)
  }
  return { kk: kkItems.map((i) => i.unit), ru: ruItems.map((i) => i.unit), confidence, reasons, lengthWarning }
}

/**
 * The heading of the next article inside an article's text (`… последнее предложение. Статья 5 Язык`),
 * where a layout glued two articles together and the parser could not see the second heading.
 */
function gluedHeading(item: UnitItem): string | null {
  const next = item.unit.kind === 'article' ? nextInteger(item.unit.number) : null
  if (next === null) return null
  const body = item.text.slice(item.text.indexOf('\n') + 1 || item.text.length)
  for (const heading of body.matchAll(RUN_IN_ARTICLE_HEADING)) {
    if (Number(heading[1] ?? heading[2]) === next) return heading[0]
  }
  return null
}

/**
 * An article heading after a sentence end or at a line start, followed by a capitalised title. One
 * pattern for every number (compiling a pattern per article cost more than the rest of the article
 * alignment); the context is looked at, not consumed, so adjacent headings are all seen.
 */
const RUN_IN_ARTICLE_HEADING = new RegExp(String.raw`(?=[С\d])(?<=^|[.;:!?»"]\s+|\n)(?:(?:Статья|СТАТЬЯ)\s+(\d+)|(\d+)\s*[-‑–]\s*(?:бап|Бап|БАП))(?!${WORD_CHAR})(?=\s*[.:]?\s+\p{Lu})`, 'gu')

function nextInteger(number: string | null): number | null {
  return number !== null && /^\d+$/.test(number) ? Number(number) + 1 : null
}
