import { afterAll, describe, expect, it } from 'vitest'
import { matchSpans, searchKey } from '../../corpus/search-key.ts'
import { foldWord } from '../../aligner/text/fold.ts'
import { importSlug, openWorkspace } from '../helpers/workspace.ts'

describe('where a search key is in a text as shown', () => {
  it('marks the original characters, whatever their case, look-alikes and spacing', () => {
    const text = 'Статья 5. ИНВЕСТИЦИИ и  инвеСТиции (Latin C in Cтатья)'
    expect(matchSpans(text, 'инвестиции').map(([a, b]) => text.slice(a, b))).toEqual(['ИНВЕСТИЦИИ', 'инвеСТиции'])
    expect(matchSpans(text, 'и инвест').map(([a, b]) => text.slice(a, b))).toEqual(['и  инвеСТ'])
    expect(matchSpans('Cтатья', 'статья')).toEqual([[0, 6]])
    expect(matchSpans('жоқ', '')).toEqual([])
  })
})

describe('a search key', () => {
  it('is the folded text with each run of white space one space, and none at the ends', () => {
    for (const text of ['Статья 5. Инвестиции', 'Cтатья  5', 'a\tb', 'a\u00A0b', ' a', 'a ', 'a\n\nb', '', ' ', 'ҮКІМЕТ Үкiметi']) {
      expect(searchKey(text)).toBe(foldWord(text).replace(/\s+/g, ' ').trim())
    }
  })
})

describe('the concordance', () => {
  const workspace = openWorkspace()
  const bit = importSlug(workspace, 'kz-fi-investment-bit-1992')
  importSlug(workspace, 'oic-charter-2008')
  afterAll(() => workspace.close())

  it('counts every pair holding the term across documents and pages through them', () => {
    const first = workspace.concordance('республика', { limit: 10 })
    expect(first.total).toBeGreaterThan(10)
    expect(first.hits).toHaveLength(10)
    const all = workspace.concordance('республика', { limit: 500 })
    expect(all.hits).toHaveLength(first.total)
    expect(new Set(all.hits.map((hit) => hit.alignmentTitle)).size).toBe(2)
    const second = workspace.concordance('республика', { offset: 10, limit: 10 })
    expect(second.hits.map((hit) => hit.pair.id)).toEqual(all.hits.slice(10, 20).map((hit) => hit.pair.id))
    for (const hit of all.hits) {
      const marked = [...hit.matches.kk.map(([a, b]) => hit.pair.kk.text.slice(a, b)), ...hit.matches.ru.map(([a, b]) => hit.pair.ru.text.slice(a, b))]
      expect(marked.length).toBeGreaterThan(0)
      for (const text of marked) expect(text.toLowerCase()).toBe('республика')
    }
  })

  it('filters by document and by review status', () => {
    const inBit = workspace.concordance('республика', { alignmentId: bit, limit: 500 })
    expect(inBit.total).toBeGreaterThan(0)
    expect(inBit.hits.every((hit) => hit.pair.alignmentId === bit)).toBe(true)
    const target = inBit.hits[0]!.pair
    expect(workspace.concordance('республика', { status: 'confirmed' }).total).toBe(0)
    workspace.setStatus({ pairId: target.id }, 'confirmed')
    expect(workspace.concordance('республика', { status: 'confirmed' }).hits.map((hit) => hit.pair.id)).toEqual([target.id])
  })
})

describe('the search entries of an import', () => {
  it('are the same whether computed with the analysis (new versions) or from the stored texts (a version imported before)', () => {
    const workspace = openWorkspace()
    const first = importSlug(workspace, 'kz-fi-investment-bit-1992')
    // The same files again: their versions are reused, so the entries are made from the stored texts.
    const second = importSlug(workspace, 'kz-fi-investment-bit-1992')
    const texts = (alignmentId: number, term: string) =>
      workspace
        .concordance(term, { alignmentId, limit: 500 })
        .hits.map((hit) => `${hit.pair.kk.text} | ${hit.pair.ru.text}`)
    for (const term of ['республика', 'инвестиц', 'финлянд']) {
      expect(texts(first, term).length).toBeGreaterThan(0)
      expect(texts(second, term)).toEqual(texts(first, term))
    }
    workspace.close()
  })
})

describe('a sentence pair longer than the analysis carries keys for', () => {
  it('is indexed from the stored texts, and found', () => {
    const workspace = openWorkspace()
    const bytes = (text: string) => new TextEncoder().encode(text)
    const kk = `${'Тараптар келісімге келді және '.repeat(400)}бірегейсөз келісімге келді`
    const ru = `${'Стороны договорились о следующем и '.repeat(400)}уникальноеслово договорились`
    const imported = workspace.importPair({ project: 'Long', sources: [{ name: 'long.kk.txt', bytes: bytes(kk) }, { name: 'long.ru.txt', bytes: bytes(ru) }] })
    if (!imported.ok) throw new Error(imported.reason)
    for (const term of ['бірегейсөз', 'уникальноеслово']) {
      const hits = workspace.concordance(term, { limit: 10 }).hits
      expect(hits).toHaveLength(1)
      expect(Math.max(hits[0]!.pair.kk.text.length, hits[0]!.pair.ru.text.length)).toBeGreaterThan(10_000)
    }
    workspace.close()
  })
})
