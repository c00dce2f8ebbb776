// The bead search on inputs too large to search whole: it finds the path the numbering points to,
// also where one side has a pile of text alone, and its work grows with the length only.
import { describe, expect, it } from 'vitest'
import { alignBeads, type DpOptions } from '../../aligner/align/dp.ts'

const SHAPES = [
  { kk: 1, ru: 1 },
  { kk: 1, ru: 0 },
  { kk: 0, ru: 1 },
]

/** `count` items on each side, the Russian with `pile` items of its own inserted at `at`. */
function sequences(count: number, pile: number, at: number): { kk: number[]; ru: number[] } {
  const kk = Array.from({ length: count }, (_, i) => i)
  const ru = [...kk.slice(0, at), ...Array<number>(pile).fill(-1), ...kk.slice(at)]
  return { kk, ru }
}

/** Same items pair cheaply, different ones dearly, an item alone costs a little; counts the cost calls. */
function search(kk: number[], ru: number[], guide?: DpOptions['guide']): { pairs: Array<[number, number]>; costCalls: number } {
  let costCalls = 0
  const cost = (a: number, b: number, c: number, d: number) => {
    costCalls++
    if (b - a === 1 && d - c === 1) return kk[a] === ru[c] ? -1 : 5
    return 0.5
  }
  const beads = alignBeads(kk.length, ru.length, { shapes: SHAPES, cost, guide })
  const pairs = beads.filter((bead) => bead.kkEnd - bead.kkStart === 1 && bead.ruEnd - bead.ruStart === 1).map((bead) => [kk[bead.kkStart]!, ru[bead.ruStart]!] as [number, number])
  return { pairs, costCalls }
}

/** Every hundredth item is a numbered heading: a guide cell where it stands on each side. */
function numberedEvery(kk: number[], ru: number[], step: number): Array<{ kk: number; ru: number }> {
  return kk.flatMap((id, i) => (id % step === 0 ? [{ kk: i, ru: ru.indexOf(id) }] : []))
}

describe('alignBeads on a large input', () => {
  it('pairs every item with its own across a pile of one-sided items, with the numbering as guide', () => {
    const { kk, ru } = sequences(3000, 1500, 1200)
    const { pairs } = search(kk, ru, numberedEvery(kk, ru, 100))
    expect(pairs.length).toBe(3000)
    expect(pairs.every(([a, b]) => a === b)).toBe(true)
  })

  it('finds a run of items one side has alone without a guide, wherever it sits, when the band can hold it', () => {
    const { kk, ru } = sequences(3000, 400, 1200)
    const { pairs } = search(kk, ru)
    expect(pairs.length).toBe(3000)
    expect(pairs.every(([a, b]) => a === b)).toBe(true)
  })

  it('widens its band until the path is clear of the edge', () => {
    // As many items on each side, so the band starts on the diagonal; but 40 Russian items of their
    // own at 1200 and 40 Kazakh ones at 2000 take the path 40 items off it in between.
    const kk = Array.from({ length: 3000 }, (_, i) => i)
    kk.splice(2000, 0, ...Array<number>(40).fill(-2))
    const ru = Array.from({ length: 3000 }, (_, i) => i)
    ru.splice(1200, 0, ...Array<number>(40).fill(-1))
    const { pairs } = search(kk, ru)
    expect(pairs.length).toBe(3000)
    expect(pairs.every(([a, b]) => a === b)).toBe(true)
  })

  it('does work in proportion to the length without a guide, however many items one side has alone', () => {
    const small = sequences(4000, 1000, 1000)
    const large = sequences(16000, 4000, 4000)
    const smallCalls = search(small.kk, small.ru).costCalls
    const largeCalls = search(large.kk, large.ru).costCalls
    expect(largeCalls / smallCalls).toBeLessThan(5)
  })

  it('does work in proportion to the length when the two sides run in opposite orders', () => {
    // The cheapest path leaves whole runs unpaired and keeps to the band's edge however wide it grows.
    const reversed = (count: number) => ({ kk: Array.from({ length: count }, (_, i) => i), ru: Array.from({ length: count }, (_, i) => count - 1 - i) })
    const small = reversed(2000)
    const large = reversed(8000)
    const largeCalls = search(large.kk, large.ru).costCalls
    expect(largeCalls / search(small.kk, small.ru).costCalls).toBeLessThan(5)
  })

  it('does work in proportion to the length, not to the difference in counts', () => {
    const small = sequences(4000, 1000, 1000)
    const large = sequences(16000, 4000, 4000)
    const smallCalls = search(small.kk, small.ru, numberedEvery(small.kk, small.ru, 100)).costCalls
    const largeCalls = search(large.kk, large.ru, numberedEvery(large.kk, large.ru, 100)).costCalls
    // Four times the input: four times the work when linear, sixteen when quadratic.
    expect(largeCalls / smallCalls).toBeLessThan(5)
  })

  it('finds the same beads when the cost stops short of beads beyond its budget', () => {
    const { kk, ru } = sequences(600, 90, 250)
    const exact = (a: number, b: number, c: number, d: number) => (b - a === 1 && d - c === 1 ? (kk[a] === ru[c] ? -1 : 5) : 0.5)
    // Like the aligners' costs: a cheap part first (here: −1 or at least 2), the rest only when needed.
    let cutShort = 0
    const budgeted = (a: number, b: number, c: number, d: number, budget: number) => {
      const floor = b - a === 1 && d - c === 1 && kk[a] !== ru[c] ? 2 : -Infinity
      if (floor > budget) {
        cutShort++
        return floor
      }
      return exact(a, b, c, d)
    }
    const beads = (cost: DpOptions['cost']) => alignBeads(kk.length, ru.length, { shapes: SHAPES, cost }).map(({ kkStart, kkEnd, ruStart, ruEnd }) => [kkStart, kkEnd, ruStart, ruEnd])
    expect(beads(budgeted)).toEqual(beads(exact))
    expect(cutShort).toBeGreaterThan(0)
  })
})
