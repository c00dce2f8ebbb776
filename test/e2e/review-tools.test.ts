// The review screen's tools beyond the pair operations, in Chromium: the outline of both
// structures with mismatches, the normaliser's repairs shown in place and reverted, splitting
// where the reviewer clicked, the bundled font, and the help dialogs.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Workspace } from '../../corpus/workspace.ts'
import { CORPUS } from '../helpers/corpus.ts'
import { SCREENSHOTS, startReviewSession, type ReviewSession } from '../helpers/review-session.ts'

const SLUG = 'kz-fi-investment-bit-1992'

let session: ReviewSession
let workspace: Workspace
let page: Page
let alignmentId: number

beforeAll(async () => {
  session = await startReviewSession((ws) => {
    // The Russian version without its article 10: the outline must show the gap.
    const ru = readFileSync(join(CORPUS, SLUG, 'ru.txt'), 'utf8')
    const cutRu = ru.slice(0, ru.indexOf('### Статья 10')) + ru.slice(ru.indexOf('### Статья 11'))
    const result = ws.importPair({ project: 'Tools', sources: [{ name: 'fi.kk.txt', bytes: readFileSync(join(CORPUS, SLUG, 'kk.txt')) }, { name: 'fi.ru.txt', bytes: new TextEncoder().encode(cutRu) }] })
    if (!result.ok) throw new Error(result.reason)
    alignmentId = result.alignmentId
  })
  ;({ workspace, page } = session)
  await page.goto(session.host.url)
  await page.locator('[role="row"]').nth(10).waitFor()
}, 60_000)

afterAll(() => session?.close())

const focused = () => page.locator('[role="row"][aria-selected="true"]')

/**
 * Scrolls the virtualised list (rows as tall as their text) page by page to a pair and clicks its
 * row. Rows measured as they are drawn move the rows below them: a row found at the edge of the
 * drawn range can leave it again (and a click would wait for it for ever), so the row is brought to
 * the upper third of the list before the click, and looked for again if it left all the same.
 */
async function focusPair(pairId: number): Promise<void> {
  expect(workspace.pair(pairId)).not.toBeNull()
  const list = page.locator('.pair-list')
  const row = page.locator(`[role="row"][data-pair="${pairId}"]`)
  for (let attempt = 1; ; attempt++) {
    await list.evaluate((element) => (element.scrollTop = 0))
    for (let pageNumber = 0; pageNumber < 500 && (await row.count()) === 0; pageNumber++) await list.evaluate((element) => (element.scrollTop += element.clientHeight / 2))
    await list.evaluate((element, id) => {
      const found = element.querySelector<HTMLElement>(`[data-pair="${id}"]`)
      if (found) element.scrollTop = found.offsetTop - element.clientHeight / 3
    }, pairId)
    try {
      await row.click({ timeout: 5_000 })
      return
    } catch (error) {
      if (attempt === 3) throw error
    }
  }
}

describe('review tools in Chromium', () => {
  it('outlines both structures, marks the article missing from the Russian version, and jumps to it', async () => {
    const outline = page.locator('.outline')
    await expect.poll(() => outline.locator('summary').textContent()).toContain('1 differ')
    const missing = outline.locator('li.mismatch')
    expect(await missing.locator('[lang="kk"]').textContent()).toBe('10-бап')
    expect(await missing.locator('[lang="ru"]').textContent()).toBe('—')
    expect(await missing.getAttribute('title')).toBe('only in the Kazakh version')
    await missing.getByRole('button').click()
    await expect.poll(() => focused().locator('[lang="kk"]').textContent()).toContain('10-бап')
    await page.screenshot({ path: `${SCREENSHOTS}outline.png` })
  })

  it('shows a look-alike repair in place and reverts it, then repairs it again', async () => {
    const repaired = workspace.repairs(alignmentId, 'kk').find((r) => r.kind === 'lookalike')!
    const pair = workspace.pairs(alignmentId, { limit: 100000 }).find((p) => p.kk.start !== null && p.kk.start <= repaired.cleanStart && repaired.cleanStart < p.kk.end!)!
    await focusPair(pair.id)
    const kkSide = page.locator('.detail .side[lang="kk"]')
    await expect.poll(() => kkSide.locator('mark.repair.lookalike').count()).toBeGreaterThan(0)
    const item = kkSide.locator('.repairs li', { hasText: `«${repaired.before}» → «${repaired.after}»` }).first()
    await page.screenshot({ path: `${SCREENSHOTS}repairs.png` })
    await item.getByRole('button', { name: 'Revert' }).click()
    await expect.poll(() => workspace.repairs(alignmentId, 'kk').find((r) => r.id === repaired.id)!.state).toBe('reverted')
    await expect.poll(() => workspace.pair(pair.id)!.kk.text).toContain(repaired.before)
    await kkSide.locator('.repairs li.reverted').first().getByRole('button', { name: 'Repair again' }).click()
    await expect.poll(() => workspace.repairs(alignmentId, 'kk').find((r) => r.id === repaired.id)!.state).toBe('accepted')
  })

  it('splits a pair where the reviewer clicked in each side', async () => {
    const pair = workspace.pairs(alignmentId, { limit: 100000 }).find((p) => p.kk.text.length > 120 && p.ru.text.length > 120)!
    await focusPair(pair.id)
    const clickAt = (side: 'kk' | 'ru', offset: number) =>
      page.evaluate(([s, at]) => {
        const element = document.querySelector(`.detail .side-text[data-side="${s}"]`)!
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
        let rest = Number(at)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent!.length
          if (rest <= length) {
            getSelection()!.collapse(node, rest)
            break
          }
          rest -= length
        }
        element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
      }, [side, offset] as const)
    const kkCut = pair.kk.text.indexOf(' ', 60)
    const ruCut = pair.ru.text.indexOf(' ', 60)
    await clickAt('kk', kkCut)
    await clickAt('ru', ruCut)
    await expect.poll(() => page.locator('.cut-hint').count()).toBe(2)
    await page.locator('body').press('Shift+S')
    await expect.poll(() => workspace.pair(pair.id)!.kk.text).toBe(pair.kk.text.slice(0, kkCut).trim())
    expect(workspace.pair(pair.id)!.ru.text).toBe(pair.ru.text.slice(0, ruCut).trim())
    const next = workspace.pairs(alignmentId, { limit: 100000 }).find((p) => p.seq > workspace.pair(pair.id)!.seq)!
    expect(next.kk.text).toBe(pair.kk.text.slice(kkCut).trim())
  })

  it('shows a row\'s findings as an icon whose title and label carry the messages', async () => {
    const finding = workspace.findings(alignmentId).find((f) => f.pairId !== null && f.kind === 'empty-side' && !f.dismissed)!
    await focusPair(finding.pairId!)
    const mark = focused().locator('.finding-mark')
    expect(await mark.getAttribute('title')).toContain(finding.message)
    expect(await mark.getAttribute('aria-label')).toMatch(/^\d+ findings: /)
  })

  it('renders Kazakh letters with the bundled Noto Sans', async () => {
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready
      return document.fonts.check('14px "Noto Sans"', 'ӘәҒғҚқҢңӨөҰұҮүҺһІі')
    })
    expect(loaded).toBe(true)
    const family = await page.locator('.detail .side[lang="kk"] p').evaluate((element) => getComputedStyle(element).fontFamily)
    expect(family).toMatch(/^"Noto Sans"/)
  })

  it('lists the keyboard shortcuts on F1 and tells about Egiz', async () => {
    await page.locator('body').press('F1')
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect.poll(() => dialog.locator('tr').count()).toBeGreaterThan(15)
    expect(await dialog.textContent()).toContain('split where you clicked')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
    await page.getByRole('button', { name: 'About Egiz' }).click()
    await expect.poll(() => page.getByRole('dialog', { name: 'About Egiz' }).textContent()).toContain('workspace: ')
    await page.getByRole('button', { name: 'Close' }).click()
  })
})
