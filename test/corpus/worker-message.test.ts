// The analysis a worker thread sends leaves the pairs' texts out and the receiver cuts them again:
// what arrives must be the analysis that was made.
import { serialize } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { analysePair, withoutPairTexts, withPairTexts } from '../../corpus/import.ts'
import { readPair } from '../helpers/corpus.ts'

describe("a worker's analysis on its way to the writing thread", () => {
  it('arrives whole, from a message a third smaller', () => {
    const pair = readPair('constitution-2026')
    const analysis = analysePair([
      { name: 'kk.txt', bytes: new TextEncoder().encode(pair.kk) },
      { name: 'ru.txt', bytes: new TextEncoder().encode(pair.ru) },
    ])
    if (!analysis.ok) throw new Error(analysis.reason)
    const sent = withoutPairTexts(analysis)
    expect(withPairTexts(sent)).toEqual(analysis)
    expect(serialize(sent).length).toBeLessThan(serialize(analysis).length * 0.75)
    const failed = { ok: false as const, reason: 'the file is cut short or damaged' }
    expect(withPairTexts(withoutPairTexts(failed))).toEqual(failed)
  })
})
