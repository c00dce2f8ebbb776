// Dynamic programme shared by article and sentence alignment: the cheapest sequence of beads
// (1-1, 1-0, 0-1, 2-1, 1-2, 2-2…) covering two sequences, searched in a band around where the
// numbering says the path runs, so that long documents stay linear in time and memory.

export interface BeadShape {
  /** Items taken from the first (Kazakh) sequence. */
  kk: number
  /** Items taken from the second (Russian) sequence. */
  ru: number
}

export interface Bead {
  kkStart: number
  kkEnd: number
  ruStart: number
  ruEnd: number
  cost: number
}

export interface DpOptions {
  shapes: BeadShape[]
  /**
   * Cost of a bead over kk[kkStart, kkEnd) × ru[ruStart, ruEnd); Infinity forbids it. When the
   * search can use the bead only below `budget`, a cost known to exceed it may be returned as any
   * value above it, without weighing the rest of the evidence (exact costs: budget Infinity).
   */
  cost: (kkStart: number, kkEnd: number, ruStart: number, ruEnd: number, budget: number) => number
  /**
   * Cells the path very likely passes, increasing on both sides (headings with the same number):
   * a large search's band follows the line through them instead of the straight diagonal.
   */
  guide?: Array<{ kk: number; ru: number }>
}

/**
 * Items searched beyond the band's lines on each side, before any widening. The band's lines run
 * through the numbering's cells and already leave room for what one side has alone between two of
 * them; beyond that, a path that comes near an edge doubles the band and is searched again. With
 * 16, 50 or 100 every corpus pair and a 5 MB concatenation of the corpus align the same; 16 searches
 * a quarter fewer cells of the concatenation than 50.
 */
const DEFAULT_BAND = 16
/**
 * Matrices up to this many cells are searched whole (100 units a side). Larger ones are searched in
 * a band, so a document of a few hundred articles costs cells in proportion to its length, not its
 * square.
 */
const FULL_SEARCH_CELLS = 100 ** 2
/** A path that comes this close to an edge of its band (not of the matrix) may have been held in by it. */
const EDGE_MARGIN = DEFAULT_BAND / 4
/**
 * Most cells a band may hold, per item of the two sequences, so that time and memory stay in
 * proportion to the length. Two places need it:
 * - between two guide cells, the band spans every place the items one side has alone could sit, so
 *   its width is their count: a long stretch with many such items (no numbering in order to guide:
 *   10,000 articles against the same reversed took 76 s and 1.9 GB) would hold their count times
 *   its length. Past the limit that stretch is searched around the straight line through it, as if
 *   those items were spread evenly; within it, a run of up to about 500 items one side has alone
 *   (twice this limit, less the margins) is found wherever it sits, guide or none;
 * - a path that keeps to an edge however wide the band grows would widen it to the whole matrix; at
 *   the limit the best path inside the band is taken.
 * No corpus pair comes near it: none widens its band at all.
 */
const BAND_CELLS_PER_ITEM = 256

/** The columns searched in each row i: low[i] to high[i]. */
interface Band {
  low: Int32Array
  high: Int32Array
}

/**
 * The cheapest beads. A large input is searched in a band around the line through the guide's cells
 * (the diagonal without a guide), widened only where the guide leaves room for text on one side; if
 * the best path still runs along an edge of the band, the band is doubled and searched again. So
 * time and memory grow with the length, not with the difference in counts.
 */
export function alignBeads(kkCount: number, ruCount: number, options: DpOptions): Bead[] {
  const whole = Math.max(kkCount, ruCount) + 1
  if ((kkCount + 1) * (ruCount + 1) <= FULL_SEARCH_CELLS) return search(kkCount, ruCount, options, bandAround(kkCount, ruCount, [], whole))
  const widenLimit = Math.max(FULL_SEARCH_CELLS, BAND_CELLS_PER_ITEM * (kkCount + ruCount + 2))
  let band = bandAround(kkCount, ruCount, options.guide ?? [], DEFAULT_BAND)
  for (let margin = DEFAULT_BAND; ; margin *= 2) {
    const beads = search(kkCount, ruCount, options, band)
    if (margin >= whole || !alongAnEdge(beads, band, ruCount)) return beads
    const wider = bandAround(kkCount, ruCount, options.guide ?? [], margin * 2)
    if (cellsOf(wider) > widenLimit) return beads
    band = wider
  }
}

function cellsOf({ low, high }: Band): number {
  let cells = 0
  for (let i = 0; i < low.length; i++) cells += high[i]! - low[i]! + 1
  return cells
}

/**
 * Between (0, 0), the guide's cells and the end, the cells a path can take when the items one side
 * has beyond the other there sit anywhere between two guide cells (all first, all last, or spread):
 * from the diagonal where they come last to the diagonal where they come first, and `margin` more
 * columns on each side. Its width grows with that local surplus, not twice it; where that would
 * take more than BAND_CELLS_PER_ITEM, the stretch's band follows its straight line instead.
 */
function bandAround(kkCount: number, ruCount: number, guide: Array<{ kk: number; ru: number }>, margin: number): Band {
  const inside = guide.filter((cell) => cell.kk > 0 && cell.kk < kkCount && cell.ru > 0 && cell.ru < ruCount)
  const points = [{ kk: 0, ru: 0 }, ...inside, { kk: kkCount, ru: ruCount }]
  const low = new Int32Array(kkCount + 1).fill(ruCount)
  const high = new Int32Array(kkCount + 1).fill(0)
  for (let k = 1; k < points.length; k++) {
    const from = points[k - 1]!
    const to = points[k]!
    const rows = to.kk - from.kk
    const columns = to.ru - from.ru
    const surplus = columns - rows
    const surplusCells = (rows + 1) * (Math.abs(surplus) + 2 * margin + 1)
    const straight = rows > 0 && surplusCells > BAND_CELLS_PER_ITEM * (rows + columns + 2)
    for (let i = from.kk; i <= to.kk; i++) {
      let first: number
      let last: number
      if (straight) {
        // Row i reaches from the line at i to the line at i + 1, so that the rows join up however steep it is.
        first = Math.floor(from.ru + ((i - from.kk) * columns) / rows)
        last = Math.ceil(from.ru + ((Math.min(i + 1, to.kk) - from.kk) * columns) / rows)
      } else {
        const diagonal = from.ru + i - from.kk
        first = diagonal + Math.min(0, surplus)
        last = diagonal + Math.max(0, surplus)
      }
      low[i] = Math.min(low[i]!, Math.max(0, Math.max(from.ru, first) - margin))
      high[i] = Math.max(high[i]!, Math.min(ruCount, Math.min(to.ru, last) + margin))
    }
  }
  return { low, high }
}

function alongAnEdge(beads: Bead[], band: Band, ruCount: number): boolean {
  return beads.some(({ kkEnd: i, ruEnd: j }) => (band.low[i]! > 0 && j - band.low[i]! < EDGE_MARGIN) || (band.high[i]! < ruCount && band.high[i]! - j < EDGE_MARGIN))
}

/** The dynamic programme over the cells of the band. */
function search(kkCount: number, ruCount: number, options: DpOptions, band: Band): Bead[] {
  const { shapes, cost } = options
  const { low, high } = band
  const rowStart = new Int32Array(kkCount + 2)
  for (let i = 0; i <= kkCount; i++) rowStart[i + 1] = rowStart[i]! + high[i]! - low[i]! + 1
  const index = (i: number, j: number) => (j < low[i]! || j > high[i]! ? -1 : rowStart[i]! + j - low[i]!)
  const cells = rowStart[kkCount + 1]!
  const total = new Float64Array(cells).fill(Infinity)
  const back = new Int8Array(cells).fill(-1)
  // Beads that leave an item alone first: they cost little to weigh, and the best so far is then
  // the budget that lets the dearer pairs stop early. Ties still go to the shape listed first.
  const order = shapes.map((_, s) => s).sort((a, b) => Number(isPair(shapes[a]!)) - Number(isPair(shapes[b]!)))
  const shapeKk = Int32Array.from(order, (s) => shapes[s]!.kk)
  const shapeRu = Int32Array.from(order, (s) => shapes[s]!.ru)
  total[index(0, 0)] = 0
  for (let i = 0; i <= kkCount; i++) {
    for (let j = low[i]!; j <= high[i]!; j++) {
      if (i === 0 && j === 0) continue
      let best = Infinity
      let bestShape = -1
      for (let k = 0; k < order.length; k++) {
        const s = order[k]!
        const di = shapeKk[k]!
        const dj = shapeRu[k]!
        if (di > i || dj > j) continue
        const at = index(i - di, j - dj)
        if (at < 0) continue
        const before = total[at]!
        if (before === Infinity) continue
        const candidate = before + cost(i - di, i, j - dj, j, best - before)
        if (candidate < best || (candidate === best && s < bestShape)) {
          best = candidate
          bestShape = s
        }
      }
      const here = rowStart[i]! + j - low[i]!
      total[here] = best
      back[here] = bestShape
    }
  }
  return traceBack(kkCount, ruCount, shapes, back, index, cost)
}

function isPair(shape: BeadShape): boolean {
  return shape.kk > 0 && shape.ru > 0
}

function traceBack(
  kkCount: number,
  ruCount: number,
  shapes: BeadShape[],
  back: Int8Array,
  index: (i: number, j: number) => number,
  cost: DpOptions['cost'],
): Bead[] {
  const beads: Bead[] = []
  let i = kkCount
  let j = ruCount
  while (i > 0 || j > 0) {
    const at = index(i, j)
    const shape = at < 0 ? -1 : back[at]!
    if (shape < 0) throw new Error(`alignment band lost the path at ${i}/${j}`)
    const { kk, ru } = shapes[shape]!
    beads.push({ kkStart: i - kk, kkEnd: i, ruStart: j - ru, ruEnd: j, cost: cost(i - kk, i, j - ru, j, Infinity) })
    i -= kk
    j -= ru
  }
  return beads.reverse()
}
