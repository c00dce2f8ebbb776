// Dynamic programme shared by article and sentence alignment: the cheapest sequence of beads
// (1-1, 1-0, 0-1, 2-1, 1-2, 2-2…) covering two sequences, searched in a band around the diagonal
// so that long documents stay linear in time and memory.

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
  /** Cost of a bead over kk[kkStart, kkEnd) × ru[ruStart, ruEnd); Infinity forbids it. */
  cost: (kkStart: number, kkEnd: number, ruStart: number, ruEnd: number) => number
  /** Half-width of the band around the diagonal, in items; default: the whole matrix when it is small. */
  band?: number
}

/** Matrices up to this many cells are searched whole; larger ones in a band. */
const FULL_SEARCH_CELLS = 4_000_000
/** Band half-width for large inputs, in items: far more than real texts drift from the diagonal. */
const DEFAULT_BAND = 250

export function alignBeads(kkCount: number, ruCount: number, options: DpOptions): Bead[] {
  const { shapes, cost } = options
  const band =
    options.band ??
    ((kkCount + 1) * (ruCount + 1) <= FULL_SEARCH_CELLS ? Math.max(kkCount, ruCount) + 1 : Math.max(DEFAULT_BAND, Math.abs(kkCount - ruCount) + 50))
  const width = 2 * band + 1
  const centre = (i: number) => (kkCount === 0 ? 0 : Math.round((i * ruCount) / kkCount))
  const index = (i: number, j: number) => {
    const offset = j - centre(i) + band
    return offset < 0 || offset >= width ? -1 : i * width + offset
  }
  const total = new Float64Array((kkCount + 1) * width).fill(Infinity)
  const back = new Int16Array((kkCount + 1) * width).fill(-1)
  total[index(0, 0)] = 0
  for (let i = 0; i <= kkCount; i++) {
    const from = Math.max(0, centre(i) - band)
    const to = Math.min(ruCount, centre(i) + band)
    for (let j = from; j <= to; j++) {
      const here = index(i, j)
      if (here < 0 || (i === 0 && j === 0)) continue
      let best = Infinity
      let bestShape = -1
      for (let s = 0; s < shapes.length; s++) {
        const { kk, ru } = shapes[s]!
        if (kk > i || ru > j) continue
        const previous = index(i - kk, j - ru)
        if (previous < 0 || total[previous] === Infinity) continue
        const candidate = total[previous]! + cost(i - kk, i, j - ru, j)
        if (candidate < best) {
          best = candidate
          bestShape = s
        }
      }
      total[here] = best
      back[here] = bestShape
    }
  }
  return traceBack(kkCount, ruCount, shapes, back, index, cost)
}

function traceBack(
  kkCount: number,
  ruCount: number,
  shapes: BeadShape[],
  back: Int16Array,
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
    beads.push({ kkStart: i - kk, kkEnd: i, ruStart: j - ru, ruEnd: j, cost: cost(i - kk, i, j - ru, j) })
    i -= kk
    j -= ru
  }
  return beads.reverse()
}
