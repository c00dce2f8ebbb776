// Aligns the top-level units of the two documents (articles, sections, front matter paragraphs…)
// on their structural numbers first, then on content anchors and length.
import type { Unit, UnitKind } from '../structure/parse.ts'
import { alignBeads, type Bead, type BeadShape } from './dp.ts'
import { AnchorCodes, anchorCost, confidenceFromCost, evidenceReasons, lengthCost, withNextCodes } from './features.ts'
import type { SentenceItem } from './sentences.ts'

/** Bonus for two units with the same structural number (article 5 ↔ 5-бап). */
const SAME_NUMBER_BONUS = 8
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
/** Editorial notes often exist on one side only: cheaper to leave unpaired. */
const SKIP_NOTE_COST = 2.5
/** Penalty for joining two units into one bead (paragraphs split differently). */
const MERGE_PENALTY = 2.5

const SHAPES: BeadShape[] = [
  { kk: 1, ru: 1 }, { kk: 1, ru: 0 }, { kk: 0, ru: 1 }, { kk: 2, ru: 1 }, { kk: 1, ru: 2 },
]

const NUMBERED_KINDS = new Set<UnitKind>(['article', 'section', 'chapter', 'annex', 'point'])

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

const HEADED_KINDS = new Set<UnitKind>(['article', 'section', 'chapter'])

export function alignUnits(kk: UnitItem[], ru: UnitItem[]): UnitPair[] {
  const ratio = lengthRatio(kk, ru)
  const codes = new AnchorCodes()
  const kkSide = costSide(kk, codes)
  const ruSide = costSide(ru, codes)
  const cost = (a: number, b: number, c: number, d: number) => beadCost(kkSide, a, b, ruSide, c, d, ratio)
  const beads = alignBeads(kk.length, ru.length, { shapes: SHAPES, cost })
  return beads.map((bead) => describe(bead, kk, ru, ratio))
}

function lengthRatio(kk: UnitItem[], ru: UnitItem[]): number {
  const kkLength = kk.reduce((sum, item) => sum + item.text.length, 0)
  const ruLength = ru.reduce((sum, item) => sum + item.text.length, 0)
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

function beadCost(kk: CostSide, a: number, b: number, ru: CostSide, c: number, d: number, ratio: number): number {
  if (a === b || c === d) {
    const item = (a === b ? ru.items[c] : kk.items[a])!
    return item.unit.kind === 'note' ? SKIP_NOTE_COST : SKIP_COST
  }
  const merged = b - a + (d - c) > 2
  // Merges join paragraphs split differently; a numbered unit (an article) is never merged.
  if (merged && (anyNumbered(kk, a, b) || anyNumbered(ru, c, d))) return Infinity
  let cost = merged ? MERGE_PENALTY : 0
  const kkNumbered = kk.numbered[a] ? kk.items[a]!.unit : undefined
  const ruNumbered = ru.numbered[c] ? ru.items[c]!.unit : undefined
  cost += structureCost(kk.items[a]!.unit, ru.items[c]!.unit, kkNumbered, ruNumbered)
  cost += lengthCost(rangeLength(kk, a, b), rangeLength(ru, c, d), ratio)
  const kkAnchors = b - a === 2 ? kk.pairAnchors[a]! : kk.anchors[a]!
  const ruAnchors = d - c === 2 ? ru.pairAnchors[c]! : ru.anchors[c]!
  return cost + anchorCost(kkAnchors, ruAnchors, ANCHOR_WEIGHT, NO_SHARED_ANCHOR_PENALTY)
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

function describe(bead: Bead, kk: UnitItem[], ru: UnitItem[], ratio: number): UnitPair {
  const kkItems = kk.slice(bead.kkStart, bead.kkEnd)
  const ruItems = ru.slice(bead.ruStart, bead.ruEnd)
  const reasons: string[] = []
  if (kkItems.length === 0 || ruItems.length === 0) {
    const item = (kkItems[0] ?? ruItems[0])!
    reasons.push(`${item.unit.kind} found in the ${kkItems.length === 0 ? 'Russian' : 'Kazakh'} text only`)
    return { kk: kkItems.map((i) => i.unit), ru: ruItems.map((i) => i.unit), confidence: item.unit.kind === 'note' ? 0.6 : 0.3, reasons }
  }
  const kkNumbered = kkItems.find((i) => isNumbered(i.unit))?.unit
  const ruNumbered = ruItems.find((i) => isNumbered(i.unit))?.unit
  if (kkNumbered && ruNumbered) {
    reasons.push(kkNumbered.number === ruNumbered.number ? `same ${kkNumbered.kind} number ${kkNumbered.number}` : `${kkNumbered.kind} numbers differ: ${kkNumbered.number} / ${ruNumbered.number}`)
  }
  reasons.push(...evidenceReasons(sumLength(kkItems), sumLength(ruItems), ratio, kkItems.flatMap((i) => i.anchors), ruItems.flatMap((i) => i.anchors)))
  if (kkItems.length + ruItems.length > 2) reasons.push(`${kkItems.length}-${ruItems.length}: units split differently`)
  return { kk: kkItems.map((i) => i.unit), ru: ruItems.map((i) => i.unit), confidence: confidenceFromCost(bead.cost), reasons }
}
