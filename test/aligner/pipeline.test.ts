import { describe, expect, it } from 'vitest'
import { alignDocuments } from '../../aligner/pipeline.ts'
import { splitSentences } from '../../aligner/text/sentences.ts'
import { corpusSlugs, readPair, stripAnchors } from '../helpers/corpus.ts'
import { prepare, scoreAnchors } from '../helpers/anchor-score.ts'

describe('alignment of the shared corpus', () => {
  it.each(corpusSlugs())('%s: every unit and every sentence is in exactly one pair', (slug) => {
    const pair = readPair(slug)
    const kk = prepare('kk', stripAnchors(pair.kk).text)
    const ru = prepare('ru', stripAnchors(pair.ru).text)
    const result = alignDocuments(kk, ru)
    for (const [side, document] of [['kk', kk], ['ru', ru]] as const) {
      const unitStarts = document.structure.units.map((u) => u.start)
      const articleStarts = result.pairs.filter((p) => p.level === 'article' && p[side].start >= 0)
      const covered = document.structure.units.filter((u) => articleStarts.some((p) => p[side].start <= u.start && u.end <= p[side].end))
      expect(covered.length).toBe(unitStarts.length)
      const sentences = document.structure.units.flatMap((u) => splitSentences(document.normalized.text, u.start, u.end))
      const sentencePairs = result.pairs.filter((p) => p.level === 'sentence' && p[side].start >= 0)
      const inPairs = sentences.map((s) => sentencePairs.filter((p) => p[side].start <= s.start && s.end <= p[side].end).length)
      expect(inPairs.every((n) => n === 1)).toBe(true)
    }
    for (const p of result.pairs) {
      expect(p.confidence).toBeGreaterThanOrEqual(0)
      expect(p.confidence).toBeLessThanOrEqual(1)
      expect(p.reasons.length).toBeGreaterThan(0)
    }
  })

  it.each(corpusSlugs())('%s: article pairs match the gold anchors exactly', (slug) => {
    const pair = readPair(slug)
    const score = scoreAnchors(stripAnchors(pair.kk), stripAnchors(pair.ru))
    expect(score.precision).toBe(1)
    expect(score.recall).toBe(1)
  })
})
