import { describe, expect, it } from 'vitest'
import { alignDocuments } from '../../aligner/pipeline.ts'
import { splitSentences } from '../../aligner/text/sentences.ts'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CORPUS, SENTENCE_EVAL, anchoredMarkdown, corpusSlugs, readPair, renderPair, renderPlainStyle, stripAnchors } from '../helpers/corpus.ts'
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
    const { kk, ru } = renderPair(slug, 'markdown')
    const score = scoreAnchors(kk, ru)
    expect(score.precision).toBe(1)
    expect(score.recall).toBe(1)
  })

  it.each(corpusSlugs())('%s: also when rendered to the plain style of the seeds (wrapped, indented)', (slug) => {
    const { kk, ru } = renderPair(slug, 'plain')
    const score = scoreAnchors(kk, ru)
    expect(score.precision).toBe(1)
    expect(score.recall).toBe(1)
  })

  it('pairs articles numbered in ordinal words (`Статья первая`, `Бірінші бап`) as it pairs their numbers', () => {
    const russian = ['первая', 'вторая', 'третья', 'четвертая', 'пятая', 'шестая', 'седьмая', 'восьмая', 'девятая', 'десятая', 'одиннадцатая', 'двенадцатая']
    const kazakh = ['Бірінші', 'Екінші', 'Үшінші', 'Төртінші', 'Бесінші', 'Алтыншы', 'Жетінші', 'Сегізінші', 'Тоғызыншы', 'Оныншы', 'Он бірінші', 'Он екінші']
    const markdown = anchoredMarkdown('kz-fi-investment-bit-1992')
    const ru = renderPlainStyle(markdown.ru)
    const kk = renderPlainStyle(markdown.kk)
    const ordinalRu = renderPlainStyle(markdown.ru.replace(/^### Статья (\d+)/gmu, (_, number: string) => `### Статья ${russian[Number(number) - 1]}`))
    const ordinalKk = renderPlainStyle(markdown.kk.replace(/^### (\d+)-бап/gmu, (_, number: string) => `### ${kazakh[Number(number) - 1]} бап`))
    expect(ordinalRu.text).not.toMatch(/Статья \d/u)
    expect(ordinalKk.text).not.toMatch(/^\s*\d+-бап/mu)
    // Each side alone in words too: the numbers, not the words, pair them.
    for (const [kkText, ruText] of [[ordinalKk, ordinalRu], [kk, ordinalRu], [ordinalKk, ru]] as const) {
      const score = scoreAnchors(kkText, ruText)
      expect(score.precision).toBe(1)
      expect(score.recall).toBe(1)
    }
  })

  it('pairs lettered points by their letters, a Cyrillic `а)` or `с)` reading as the Latin `a)` or `c)`', () => {
    // The CPPNM amendment lists a) to d) in both versions; the Kazakh one moves the main clause into d).
    const pair = readPair('cppnm-amendment-2005')
    const result = alignDocuments(prepare('kk', stripAnchors(pair.kk).text), prepare('ru', stripAnchors(pair.ru).text), { level: 'sentence' })
    const partnerOf = (kkOpening: string) => result.pairs.find((p) => p.kk.text.startsWith(kkOpening))?.ru.text.slice(0, 2)
    expect(partnerOf('b) жоғалған')).toBe('b)')
    expect(partnerOf('с) ядролық материал мен')).toBe('с)')
    // The lead-in `1. Әрбір қатысушы мемлекет:` is a fifth of its Russian length, and d) three times
    // its: the numbering pairs them all the same, none left on one side.
    expect(partnerOf('1. Әрбір қатысушы мемлекет:')).toBe('1.')
    expect(partnerOf('а) ядролық')).toBe('a)')
    expect(partnerOf('d) саботаждың')).toBe('d)')
  })

  it('sentence pairs of kz-fi-investment-bit-1992 match the hand alignment (strict F1 ≥ 0.99)', () => {
    const pair = readPair('kz-fi-investment-bit-1992')
    const result = alignDocuments(prepare('kk', stripAnchors(pair.kk).text), prepare('ru', stripAnchors(pair.ru).text), { level: 'sentence' })
    const predicted = join(mkdtempSync(join(tmpdir(), 'egiz-gold-')), 'pred.json')
    writeFileSync(predicted, JSON.stringify(result))
    const gold = join(CORPUS, 'kz-fi-investment-bit-1992', 'gold-sentences.json')
    const report = JSON.parse(execFileSync(process.execPath, [SENTENCE_EVAL, gold, predicted, '--json'], { encoding: 'utf8' }))
    expect(report.strict.F1).toBeGreaterThanOrEqual(0.99)
    expect(report.area.F1).toBeGreaterThanOrEqual(0.995)
  })
})
