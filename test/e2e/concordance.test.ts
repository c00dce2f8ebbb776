// The concordance in Chromium: a term found across two documents, counted, marked in both texts
// (whole, not cut to a line), paged past fifty, filtered by document and status; a click opens the pair.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Workspace } from '../../corpus/workspace.ts'
import { importSlug } from '../helpers/workspace.ts'
import { SCREENSHOTS, startReviewSession, type ReviewSession } from '../helpers/review-session.ts'

let session: ReviewSession
let workspace: Workspace
let page: Page
let bit: number

beforeAll(async () => {
  session = await startReviewSession((ws) => {
    bit = importSlug(ws, 'kz-fi-investment-bit-1992')
    importSlug(ws, 'oic-charter-2008')
  })
  ;({ workspace, page } = session)
  await page.goto(session.host.url)
  await page.locator('[role="row"]').nth(5).waitFor()
}, 60_000)

afterAll(() => session?.close())

const results = () => page.locator('.concordance .hits > li')
const TERM = 'мемлекет'

describe('the concordance in Chromium', () => {
  it('counts, marks and pages the pairs holding a term in every document', async () => {
    const expected = workspace.concordance(TERM, { limit: 500 })
    expect(expected.total).toBeGreaterThan(50)
    await page.getByLabel('Search both languages').fill(TERM)
    await page.getByLabel('Search both languages').press('Enter')
    await expect.poll(() => page.locator('.concordance .total').textContent()).toBe(`${expected.total} pairs found`)
    await expect.poll(() => results().count()).toBe(50)
    const first = results().first()
    expect(await first.locator('.document').textContent()).toBe(expected.hits[0]!.alignmentTitle)
    expect((await first.locator('mark').allTextContents()).every((text) => text.toLowerCase() === TERM)).toBe(true)
    // Whole texts: the longest side shown is as tall as its lines, not cut to one.
    expect(await first.locator('[lang="kk"]').evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true)
    await page.getByRole('button', { name: /^Show more/ }).click()
    await expect.poll(() => results().count()).toBe(Math.min(100, expected.total))
    await page.screenshot({ path: `${SCREENSHOTS}concordance.png` })
  })

  it('filters by document and by review status', async () => {
    await page.locator('.concordance label', { hasText: 'In' }).locator('select').selectOption('document')
    const inOpen = workspace.concordance(TERM, { alignmentId: bit, limit: 500 }).total
    await expect.poll(() => page.locator('.concordance .total').textContent()).toBe(`${inOpen} pairs found`)
    await page.locator('.concordance label', { hasText: 'Status' }).locator('select').selectOption('confirmed')
    await expect.poll(() => page.locator('.concordance .total').textContent()).toBe('0 pairs found')
    await expect.poll(() => page.locator('.concordance .hint').textContent()).toBe('Nothing found.')
    await page.locator('.concordance label', { hasText: 'Status' }).locator('select').selectOption('')
  })

  it('a click opens the pair in the list', async () => {
    const hit = results().nth(2)
    const text = (await hit.locator('[lang="ru"]').textContent())!
    await hit.click()
    await expect.poll(() => page.locator('[role="row"][aria-selected="true"] [lang="ru"]').textContent()).toBe(text)
    // The pair's detail takes the concordance's place; Enter in the search field brings it back.
    await expect.poll(() => page.locator('.concordance').count()).toBe(0)
    await page.getByLabel('Search both languages').press('Enter')
    await expect.poll(() => results().count()).toBe(50)
    await page.locator('.concordance').getByRole('button', { name: 'Close' }).click()
    await expect.poll(() => page.locator('.concordance').count()).toBe(0)
  })
})
