import { afterAll, describe, expect, it } from 'vitest'
import { matchSpans, searchKey } from '../../corpus/search-key.ts'
import { foldWord } from '../../aligner/text/fold.ts'
import Database from 'better-sqlite3'
import { importSlug, openWorkspace, temporaryPath } from '../helpers/workspace.ts'

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
  it('are the same for a pair imported twice, the second time onto the stored versions', () => {
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

describe('a very long sentence pair (a text with no sentence breaks)', () => {
  it('is indexed and found', () => {
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

describe('the pairs an import queues for the search index', () => {
  const indexed = (path: string) => {
    const db = new Database(path, { readonly: true })
    try {
      return { entries: db.prepare('SELECT count(*) FROM pair_search').pluck().get() as number, queued: db.prepare('SELECT count(*) FROM search_pending').pluck().get() as number }
    } finally {
      db.close()
    }
  }

  it('are all indexed by the next search, once', () => {
    const path = temporaryPath()
    const workspace = openWorkspace(path)
    const alignmentId = importSlug(workspace, 'kz-fi-investment-bit-1992')
    const sentencePairs = workspace.pairCount(alignmentId, 'sentence')
    expect(indexed(path)).toEqual({ entries: 0, queued: sentencePairs })
    expect(workspace.pendingForSearchIndex()).toBe(sentencePairs)
    expect(workspace.search('инвестиц').length).toBeGreaterThan(0)
    expect(indexed(path)).toEqual({ entries: sentencePairs, queued: 0 })
    expect(workspace.search('инвестиц').length).toBeGreaterThan(0)
    expect(indexed(path)).toEqual({ entries: sentencePairs, queued: 0 })
    workspace.close()
  })

  it('are indexed a slice at a time when asked to', () => {
    const path = temporaryPath()
    const workspace = openWorkspace(path)
    const alignmentId = importSlug(workspace, 'kz-fi-investment-bit-1992')
    const sentencePairs = workspace.pairCount(alignmentId, 'sentence')
    expect(workspace.updateSearchIndex(10)).toBe(sentencePairs - 10)
    expect(indexed(path)).toEqual({ entries: 10, queued: sentencePairs - 10 })
    expect(workspace.updateSearchIndex()).toBe(0)
    expect(indexed(path)).toEqual({ entries: sentencePairs, queued: 0 })
    workspace.close()
  })

  it('are found by a search at once while another program writes to the workspace, which keeps them queued', () => {
    const path = temporaryPath()
    const workspace = openWorkspace(path)
    importSlug(workspace, 'kz-fi-investment-bit-1992')
    const queued = workspace.pendingForSearchIndex()
    const writer = openWorkspace(path)
    const group = writer.openWriteGroup()
    if (!group.ok) throw new Error(group.reason)
    const started = performance.now()
    const whileBusy = workspace.search('Суброгация').map((hit) => hit.pair.id)
    expect(workspace.search('Суброгация').map((hit) => hit.pair.ru.text)).toContain('Статья 10 Суброгация')
    expect(workspace.concordance('суброгац').total).toBe(whileBusy.length)
    // Not the five seconds a write waits for a busy workspace.
    expect(performance.now() - started).toBeLessThan(2000)
    expect(workspace.pendingForSearchIndex()).toBe(queued)
    writer.commitWriteGroup(group.group)
    writer.close()
    expect(workspace.search('Суброгация').map((hit) => hit.pair.id)).toEqual(whileBusy)
    expect(workspace.pendingForSearchIndex()).toBe(0)
    workspace.close()
  })

  it('are indexed in the background a slice at a time, until the workspace closes', async () => {
    const path = temporaryPath()
    const workspace = openWorkspace(path)
    importSlug(workspace, 'kz-fi-investment-bit-1992')
    importSlug(workspace, 'oic-charter-2008')
    await workspace.indexForSearchInBackground()
    expect(workspace.pendingForSearchIndex()).toBe(0)
    importSlug(workspace, 'constitution-2026')
    importSlug(workspace, 'kz-pl-consular-convention')
    const queued = workspace.pendingForSearchIndex()
    expect(queued).toBeGreaterThan(1000)
    // The first slice (1,000 pairs) is indexed before the call returns; the workspace closes before the next.
    const indexing = workspace.indexForSearchInBackground()
    workspace.close()
    await expect(indexing).resolves.toBeUndefined()
    const reopened = openWorkspace(path)
    expect(reopened.pendingForSearchIndex()).toBe(queued - 1000)
    reopened.close()
  })

  it('are indexed as they are after review operations made before any search, each once', () => {
    const path = temporaryPath()
    const workspace = openWorkspace(path)
    const alignmentId = importSlug(workspace, 'kz-fi-investment-bit-1992')
    const [first, second, third] = workspace.pairs(alignmentId)
    expect(workspace.merge(first!.id, 'next').ok).toBe(true)
    expect(workspace.editText(third!.id, 'ru', 'Слово-метка, которого нет в документе.').ok).toBe(true)
    expect(workspace.undo(alignmentId).ok).toBe(true)
    expect(workspace.redo(alignmentId).ok).toBe(true)
    const sentencePairs = workspace.pairCount(alignmentId, 'sentence')
    expect(workspace.search('слово-метка').map((hit) => hit.pair.id)).toEqual([third!.id])
    expect(indexed(path)).toEqual({ entries: sentencePairs, queued: 0 })
    // The merged pair is found by the text of both of its parts.
    const merged = workspace.pair(first!.id)!
    expect(merged.kk.text).toContain(second!.kk.text.trim().slice(0, 20))
    expect(workspace.search(second!.kk.text.trim().slice(0, 20)).map((hit) => hit.pair.id)).toContain(first!.id)
    workspace.close()
  })

  it('leave the queue with the pairs an operation deletes, whose ids SQLite may give again', () => {
    const path = temporaryPath()
    const workspace = openWorkspace(path)
    const alignmentId = importSlug(workspace, 'kz-fi-investment-bit-1992')
    for (let k = 0; k < 3; k++) {
      const last = workspace.pairs(alignmentId, { offset: workspace.pairCount(alignmentId) - 1 })[0]!
      expect(workspace.merge(last.id, 'previous').ok).toBe(true)
    }
    const db = new Database(path, { readonly: true })
    expect(db.prepare('SELECT count(*) FROM search_pending WHERE pair_id NOT IN (SELECT id FROM pairs)').pluck().get()).toBe(0)
    db.close()
    const again = importSlug(workspace, 'kz-fi-investment-bit-1992')
    expect(workspace.search('инвестиц').length).toBeGreaterThan(0)
    expect(indexed(path).entries).toBe(workspace.pairCount(alignmentId) + workspace.pairCount(again))
    workspace.close()
  })
})
