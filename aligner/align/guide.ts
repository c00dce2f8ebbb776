// Where the article programme's path very likely runs, for its search band (dp.ts): the units the
// numbering pairs and, across long stretches the numbering leaves open, units whose numbers, dates
// and Latin-script names are the same on both sides and found nowhere else in the stretch.
import type { UnitItem } from './units.ts'
import { appendAll } from '../append.ts'

export interface GuideCell {
  kk: number
  ru: number
}

/** A heading number repeated more often than this on one side (a concatenation) does not guide. */
const MAX_GUIDE_REPEATS = 64
/** A unit with fewer anchors than this says too little to guide (one number recurs by chance). */
const MIN_GUIDING_ANCHORS = 2
/**
 * Stretches between numbering cells longer than this on both sides are guided by anchors too: in a
 * shorter one the band is narrow anyway. Without it, a long stretch without numbering (text
 * quoted by an amendment, an exchange of notes, an annex of unnumbered paragraphs) is searched
 * over its whole length times its whole difference in unit counts.
 */
const LONG_STRETCH = 32

/** The numbering's cells, with anchor cells inside the long stretches between them. */
export function pathGuide(kk: UnitItem[], ru: UnitItem[]): GuideCell[] {
  const numbering = numberingGuide(kk, ru)
  const points = [{ kk: -1, ru: -1 }, ...numbering, { kk: kk.length, ru: ru.length }]
  const guide: GuideCell[] = []
  for (let k = 1; k < points.length; k++) {
    const from = points[k - 1]!
    const to = points[k]!
    if (to.kk - from.kk > LONG_STRETCH && to.ru - from.ru > LONG_STRETCH) appendAll(guide, anchorGuide(kk, ru, from, to))
    if (k < points.length - 1) guide.push(to)
  }
  return guide
}

/**
 * Units with the same kind and number on both sides, as many as can all be true at once (the
 * longest chain increasing on both sides): the numbering says where the path runs, whatever the
 * lengths and however much text one side has alone.
 */
function numberingGuide(kk: UnitItem[], ru: UnitItem[]): GuideCell[] {
  const key = (item: UnitItem) => (item.unit.number === null ? null : `${item.unit.kind} ${item.unit.number}`)
  const kkAt = positions(kk, 0, kk.length, key)
  const ruAt = positions(ru, 0, ru.length, key)
  // Candidates by Kazakh index, and within one by decreasing Russian index, so that the longest
  // strictly increasing run of Russian indices never takes two cells of one Kazakh unit.
  const candidates: GuideCell[] = []
  kk.forEach((item, i) => {
    const k = key(item)
    const js = k === null ? undefined : ruAt.get(k)
    if (!js || js.length > MAX_GUIDE_REPEATS || kkAt.get(k!)!.length > MAX_GUIDE_REPEATS) return
    for (let n = js.length - 1; n >= 0; n--) candidates.push({ kk: i, ru: js[n]! })
  })
  return inOrderChain(candidates)
}

/**
 * Inside the stretch strictly between two cells: the units whose anchors (numbers, dates, names in
 * Latin script, as a multiset) are the same on both sides and occur once on each side there, as
 * many as can all be true at once.
 */
function anchorGuide(kk: UnitItem[], ru: UnitItem[], from: GuideCell, to: GuideCell): GuideCell[] {
  const key = (item: UnitItem) => (item.anchors.length < MIN_GUIDING_ANCHORS ? null : [...item.anchors].sort().join('\u0000'))
  const kkAt = positions(kk, from.kk + 1, to.kk, key)
  const ruAt = positions(ru, from.ru + 1, to.ru, key)
  const candidates: GuideCell[] = []
  for (const [k, is] of kkAt) {
    const js = ruAt.get(k)
    if (is.length === 1 && js?.length === 1) candidates.push({ kk: is[0]!, ru: js[0]! })
  }
  candidates.sort((a, b) => a.kk - b.kk)
  return inOrderChain(candidates)
}

/**
 * The longest chain of the candidate cells, when it holds at least half of the units that have
 * one: then the two versions run in the same order and the chain says where the path goes. A
 * shorter chain means the order differs (articles reversed or shuffled): a few cells picked out of
 * many say nothing of the path, and a band laid through them would miss it (the band then widens
 * as far as it may, dp.ts), so there is no guide.
 */
function inOrderChain(candidates: GuideCell[]): GuideCell[] {
  const chain = longestIncreasingChain(candidates)
  let units = 0
  for (let n = 0; n < candidates.length; n++) if (n === 0 || candidates[n]!.kk !== candidates[n - 1]!.kk) units++
  return chain.length * 2 >= units ? chain : []
}

/** Indices of the items in [start, end) by their key; items without a key are left out. */
function positions(items: UnitItem[], start: number, end: number, key: (item: UnitItem) => string | null): Map<string, number[]> {
  const at = new Map<string, number[]>()
  for (let index = start; index < end; index++) {
    const k = key(items[index]!)
    if (k === null) continue
    const list = at.get(k)
    if (list) list.push(index)
    else at.set(k, [index])
  }
  return at
}

/** The longest subsequence with strictly increasing Russian indices (patience sorting, n log n). */
function longestIncreasingChain(cells: GuideCell[]): GuideCell[] {
  const tails: number[] = []
  const previous = new Int32Array(cells.length).fill(-1)
  cells.forEach((cell, n) => {
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (cells[tails[middle]!]!.ru < cell.ru) low = middle + 1
      else high = middle
    }
    if (low > 0) previous[n] = tails[low - 1]!
    tails[low] = n
  })
  const chain: GuideCell[] = []
  for (let n = tails.length > 0 ? tails[tails.length - 1]! : -1; n >= 0; n = previous[n]!) chain.push(cells[n]!)
  return chain.reverse()
}
