// Article-level review: a Russian `Статья 5` glued into article 4 leaves `5-бап` alone; splitting
// the Russian article at its heading and pairing the halves fixes it in two operations, with the
// sentence pairs of the changed articles aligned again, labels following, and undo covering all.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DEFAULT_EXPORT_OPTIONS } from '../../aligner/tmx/export.ts'
import type { PairView } from '../../corpus/rows.ts'
import type { Workspace } from '../../corpus/workspace.ts'
import { gluedArticleSources } from '../helpers/glued-article.ts'
import { coverageProblems, openWorkspace, temporaryPath } from '../helpers/workspace.ts'

/** The BIT pair with the Russian heading of article 5 run into the last paragraph of article 4. */
function gluedPair(): { path: string; workspace: Workspace; alignmentId: number } {
  const path = temporaryPath()
  const workspace = openWorkspace(path)
  const result = workspace.importPair({ project: 'Treaties', sources: gluedArticleSources() })
  if (!result.ok) throw new Error(result.reason)
  return { path, workspace, alignmentId: result.alignmentId }
}

const articles = (workspace: Workspace, alignmentId: number) => workspace.pairs(alignmentId, { level: 'article', limit: 2000 })
const sentences = (workspace: Workspace, alignmentId: number) => workspace.pairs(alignmentId, { level: 'sentence', limit: 2000 })
const byKkLabel = (list: PairView[], label: string) => list.find((pair) => pair.kk.labels.includes(label))!

/** Every stored pair of both levels, for exact before/after comparisons. */
function allRows(path: string): unknown[] {
  const db = new Database(path, { readonly: true })
  const rows = db.prepare('SELECT id, level, parent_id, seq, kk_start, kk_end, ru_start, ru_end, kk_labels, ru_labels, status FROM pairs ORDER BY level, seq').all()
  db.close()
  return rows
}

/** Sentence pairs whose parent article is gone or does not hold their text. */
function orphans(workspace: Workspace, alignmentId: number): number[] {
  const parents = new Map(articles(workspace, alignmentId).map((article) => [article.id, article]))
  return sentences(workspace, alignmentId)
    .filter((pair) => {
      const parent = parents.get(pair.parentId ?? -1)
      if (!parent) return true
      return (['kk', 'ru'] as const).some((side) => pair[side].start !== null && (parent[side].start === null || pair[side].start! < parent[side].start! || pair[side].end! > parent[side].end!))
    })
    .map((pair) => pair.id)
}

function expectOk<T extends { ok: boolean; reason?: string }>(result: T): asserts result is T & { ok: true } {
  expect(result, result.reason).toMatchObject({ ok: true })
}

/** The glued article fixed: the Russian article 4 split at `Статья 5`, the second part paired with `5-бап`. */
function fixArticleFive(workspace: Workspace, alignmentId: number): PairView {
  const four = byKkLabel(articles(workspace, alignmentId), '4-бап')
  const split = workspace.split(four.id, { ru: { offset: four.ru.text.indexOf('Статья 5') } })
  expectOk(split)
  const [, loose] = split.pairs
  expectOk(workspace.merge(loose!, 'next'))
  return byKkLabel(articles(workspace, alignmentId), '5-бап')
}

describe('article-level review', () => {
  it('the glued heading leaves 5-бап without a Russian counterpart (the case these tests fix)', () => {
    const { workspace, alignmentId } = gluedPair()
    const list = articles(workspace, alignmentId)
    expect(byKkLabel(list, '5-бап').ru.start).toBeNull()
    expect(byKkLabel(list, '4-бап').ru.text).toContain('Статья 5 Экспроприация')
  })

  it('split at the heading and pair the halves: two operations, labels follow, sentences re-aligned inside', () => {
    const { path, workspace, alignmentId } = gluedPair()
    const before = allRows(path)
    const five = fixArticleFive(workspace, alignmentId)
    expect(five.ru.labels).toEqual(['Статья 5'])
    expect(five.ru.text.startsWith('Статья 5 Экспроприация')).toBe(true)
    const four = byKkLabel(articles(workspace, alignmentId), '4-бап')
    expect(four.ru.labels).toEqual(['Статья 4'])
    expect(four.ru.text).not.toContain('Экспроприация')
    // The sentence pairs are inside their articles, cover both texts once, and pair article 5's sentences both ways.
    expect(orphans(workspace, alignmentId)).toEqual([])
    expect(coverageProblems(path, alignmentId)).toEqual([])
    const inFive = sentences(workspace, alignmentId).filter((pair) => pair.parentId === five.id)
    expect(inFive.length).toBeGreaterThan(3)
    expect(inFive.filter((pair) => pair.kk.start === null || pair.ru.start === null)).toEqual([])
    // Undo covers both operations entirely, sentences included.
    expectOk(workspace.undo(alignmentId))
    expectOk(workspace.undo(alignmentId))
    expect(allRows(path)).toEqual(before)
    expectOk(workspace.redo(alignmentId))
    expectOk(workspace.redo(alignmentId))
    expect(byKkLabel(articles(workspace, alignmentId), '5-бап').ru.labels).toEqual(['Статья 5'])
  })

  it('the TMX labels the sentences of the fixed article with its headings', async () => {
    const { workspace, alignmentId } = gluedPair()
    fixArticleFive(workspace, alignmentId)
    const text = (await workspace.exportFile({ alignmentId }, { ...DEFAULT_EXPORT_OPTIONS, pairs: 'all' })).chunks.join('')
    const unit = text.split('<tu ').find((tu) => tu.includes('экспроприированы'))!
    expect(unit).toContain('<prop type="x-article">5-бап / Статья 5</prop>')
  })

  it('confirming an article confirms everything in it, and an article-level export of confirmed pairs writes it', async () => {
    const { workspace, alignmentId } = gluedPair()
    const five = fixArticleFive(workspace, alignmentId)
    expectOk(workspace.setStatus({ pairId: five.id }, 'confirmed'))
    const inFive = sentences(workspace, alignmentId).filter((pair) => pair.parentId === five.id)
    expect(inFive.every((pair) => pair.status === 'confirmed')).toBe(true)
    const { report } = await workspace.exportFile({ alignmentId }, { ...DEFAULT_EXPORT_OPTIONS, level: 'article', pairs: 'confirmed' })
    expect(report.units).toBe(1)
  })

  it('merging articles keeps the sentence pairs a reviewer confirmed, and re-aligns the rest around them', () => {
    const { workspace, alignmentId } = gluedPair()
    const list = articles(workspace, alignmentId)
    const two = byKkLabel(list, '2-бап')
    const confirmed = sentences(workspace, alignmentId).find((pair) => pair.parentId === two.id)!
    expectOk(workspace.setStatus({ pairId: confirmed.id }, 'confirmed'))
    expectOk(workspace.merge(two.id, 'next'))
    const kept = workspace.pair(confirmed.id)!
    expect(kept).toMatchObject({ status: 'confirmed', parentId: two.id, kk: { start: confirmed.kk.start }, ru: { start: confirmed.ru.start } })
    expect(orphans(workspace, alignmentId)).toEqual([])
  })

  it('refuses a split that would cut a confirmed sentence pair in two, and changes nothing', () => {
    const { path, workspace, alignmentId } = gluedPair()
    const four = byKkLabel(articles(workspace, alignmentId), '4-бап')
    const straddling = sentences(workspace, alignmentId).find((pair) => pair.parentId === four.id && pair.ru.start !== null)!
    expectOk(workspace.setStatus({ pairId: straddling.id }, 'confirmed'))
    const before = allRows(path)
    const insideIt = straddling.ru.start! - four.ru.start! + 10
    expect(workspace.split(four.id, { ru: { offset: insideIt } })).toMatchObject({ ok: false, refusal: { code: 'cuts-reviewed-pair', pairId: straddling.id } })
    expect(allRows(path)).toEqual(before)
  })

  it('unpairing an article leaves each side alone, its sentences one-sided under the right half', () => {
    const { path, workspace, alignmentId } = gluedPair()
    const three = byKkLabel(articles(workspace, alignmentId), '3-бап')
    expectOk(workspace.unpair(three.id))
    expect(orphans(workspace, alignmentId)).toEqual([])
    expect(coverageProblems(path, alignmentId)).toEqual([])
    const kkOnly = byKkLabel(articles(workspace, alignmentId), '3-бап')
    expect(sentences(workspace, alignmentId).filter((pair) => pair.parentId === kkOnly.id).every((pair) => pair.ru.start === null)).toBe(true)
  })

  it('sentences are edited and moved in sentence pairs, not in a whole article', () => {
    const { workspace, alignmentId } = gluedPair()
    const four = byKkLabel(articles(workspace, alignmentId), '4-бап')
    expect(workspace.editText(four.id, 'kk', 'x')).toMatchObject({ ok: false, refusal: { code: 'article-level' } })
    expect(workspace.moveSentence(four.id, 'ru', 'last-to-next')).toMatchObject({ ok: false, refusal: { code: 'article-level' } })
  })
})
