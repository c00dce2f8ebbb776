// The article view in Chromium, through the browser-mode host and SQLite: a Russian `Статья 5` run
// into article 4 leaves `5-бап` alone; the reviewer splits the Russian article at the heading the
// screen offers and pairs the halves — two operations — and the outline, the article labels, the
// jump list and the TMX follow; confirming the article confirms its sentences; undo takes it back.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Host } from '../../cli/serve-host.ts'
import type { Workspace } from '../../corpus/workspace.ts'
import { gluedArticleSources } from '../helpers/glued-article.ts'
import { fixGluedArticle } from '../helpers/article-fix.ts'
import { SCREENSHOTS, startReviewSession, type ReviewSession } from '../helpers/review-session.ts'

let session: ReviewSession
let workspace: Workspace
let host: Host
let page: Page
let alignmentId: number

beforeAll(async () => {
  session = await startReviewSession((ws) => {
    const result = ws.importPair({ project: 'Treaties', sources: gluedArticleSources() })
    if (!result.ok) throw new Error(result.reason)
    alignmentId = result.alignmentId
  })
  ;({ workspace, host, page } = session)
}, 60_000)

afterAll(() => session?.close())

const rows = () => page.locator('[role="row"]')
const focused = () => page.locator('[role="row"][aria-selected="true"]')
const articleRow = (label: string) => rows().filter({ has: page.locator('.article-label', { hasText: new RegExp(`^${label}`) }) })
const articles = () => workspace.pairs(alignmentId, { level: 'article', limit: 2000 })

describe('the article view in Chromium', () => {
  it('shows article pairs with their headings, lengths and the one left alone', async () => {
    await page.goto(host.url)
    await expect.poll(() => rows().count()).toBeGreaterThan(10)
    await expect.poll(() => page.locator('.outline summary').textContent()).toContain('1 differ')
    await page.getByRole('button', { name: 'Articles', exact: true }).click()
    await expect.poll(() => page.getByRole('grid').getAttribute('aria-rowcount')).toBe(String(articles().length))
    const four = articleRow('4-бап')
    expect(await four.locator('.lengths').textContent()).toMatch(/^\d+ · \d+$/)
    expect(await articleRow('5-бап').locator('[lang="ru"]').textContent()).toBe('—')
    await page.screenshot({ path: `${SCREENSHOTS}articles-glued.png` })
  })

  it('fixes the glued article in two operations: split at the offered heading, pair with the next', async () => {
    const fix = await fixGluedArticle(page, articles)
    expect(fix.operations).toBe(2)
    await expect.poll(() => page.locator('.outline summary').textContent()).toContain('both versions agree')
    await expect.poll(() => focused().locator('.article-label').textContent()).toBe('5-бап')
    expect(await focused().locator('.article-label').getAttribute('title')).toBe('5-бап / Статья 5')
    await page.screenshot({ path: `${SCREENSHOTS}articles-fixed.png` })
    console.log(`fixing the glued article: ${fix.operations} operations, ${Math.round(fix.ms)} ms from the first click to the stored result`)
  })

  it('goes from the article to its sentence pairs, now labelled with both headings', async () => {
    await page.getByRole('button', { name: 'Its sentences', exact: true }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Sentences', exact: true }).getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => focused().locator('.article-label').textContent()).toMatch(/^5-бап/)
    expect(await focused().locator('[lang="ru"]').textContent()).toContain('Статья 5')
    await page.getByLabel('Go to article…').selectOption({ label: '5-бап / Статья 5' })
    await expect.poll(() => focused().locator('[lang="kk"]').textContent()).toContain('5-бап')
  })

  it('confirms an article with everything in it, and undo takes the whole fix back', async () => {
    await page.getByRole('button', { name: 'Articles', exact: true }).click()
    await expect.poll(() => focused().locator('.article-label').textContent()).toBe('5-бап')
    // A click on the row takes the keyboard from the Articles button (Enter would press it).
    await focused().click()
    await page.locator('body').press('Enter')
    const five = () => articles().find((a) => a.kk.labels.includes('5-бап'))!
    await expect.poll(() => five().status).toBe('confirmed')
    const inside = workspace.pairs(alignmentId, { level: 'sentence', limit: 2000 }).filter((p) => p.parentId === five().id)
    expect(inside.length).toBeGreaterThan(3)
    expect(inside.every((p) => p.status === 'confirmed')).toBe(true)
    for (let k = 0; k < 3; k++) await page.locator('body').press('Control+z')
    await expect.poll(() => five().ru.start).toBeNull()
    await expect.poll(() => page.locator('.outline summary').textContent()).toContain('1 differ')
  })
})
