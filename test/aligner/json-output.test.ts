import { describe, expect, it } from 'vitest'
import { jsonChunks } from '../../aligner/output/json.ts'
import { alignDocuments, prepareDocument } from '../../aligner/pipeline.ts'
import { readPair } from '../helpers/corpus.ts'

const whole = (value: Record<string, unknown>) => JSON.stringify(value, null, 1) + '\n'

describe('the streamed JSON output', () => {
  it('is the same text as the whole document stringified, for a real alignment', () => {
    const pair = readPair('kz-fi-investment-bit-1992')
    const kk = prepareDocument({ name: 'kk.txt', bytes: new TextEncoder().encode(pair.kk) })
    const ru = prepareDocument({ name: 'ru.txt', bytes: new TextEncoder().encode(pair.ru) })
    if (!kk.ok || !ru.ok) throw new Error('the pair did not prepare')
    const result = alignDocuments(kk.document, ru.document) as unknown as Record<string, unknown>
    const chunks = [...jsonChunks(result)]
    expect(chunks.join('')).toBe(whole(result))
    // Streamed: written a few dozen elements at a time, never as one string.
    expect(chunks.length).toBeGreaterThan(20)
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(whole(result).length / 3)
  })

  it('keeps each piece near 64 K characters, or one element when a single element is longer', () => {
    const large = { list: Array.from({ length: 40 }, (_, k) => ({ k, text: 'ж'.repeat(300_000) })), small: Array.from({ length: 5000 }, (_, k) => ({ k })) }
    const chunks = [...jsonChunks(large)]
    expect(chunks.join('')).toBe(whole(large))
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(2 * 300_000)
    expect(chunks.filter((chunk) => chunk.includes('"k": 4999'))[0]!.length).toBeLessThan(1 << 17)
  })

  it.each([
    {},
    { a: [] },
    { a: [1, { b: [2, [3]] }], c: 'x' },
    { a: undefined, b: [undefined, null], c: { d: undefined } },
    { s: 'line\nbreak', n: -0.5, t: true },
    { kk: { units: [{ a: [1, [2, { b: [] }]], c: {} }], empty: [] }, d: [[[[1]]]] },
    { when: new Date(0), custom: { toJSON: () => 'custom' }, f: () => 1, list: [() => 1, Symbol('s'), new Date(0)] },
    { bare: Object.assign(Object.create(null), { x: [1, { y: 2 }] }) },
  ])('matches JSON.stringify for %j', (value) => {
    expect([...jsonChunks(value)].join('')).toBe(whole(value))
  })
})
