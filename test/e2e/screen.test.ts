// The review screen on a small laptop (1280×720) in every interface language: the toolbar is one
// row, rows show their whole text, a dozen short pairs fit, and each operation is announced.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Workspace } from '../../corpus/workspace.ts'
import { importSlug } from '../helpers/workspace.ts'
import { measureScreen } from '../helpers/screen-measure.ts'
import { SCREENSHOTS, startReviewSession, type ReviewSession } from '../helpers/review-session.ts'

let session: ReviewSession
let workspace: Workspace
let page: Page
let alignmentId: number

beforeAll(async () => {
  session = await startReviewSession((ws) => {
    // The OIC charter: long articles, and a stretch of short pairs (a list of members' duties); with
    // one real difference between the versions, as a translator meets them (a year changed in the
    // Russian preamble), so that a finding points at text inside its pair.
    alignmentId = importSlug(ws, 'oic-charter-2008', 'Treaties', '', { ru: (text) => text.replace('сентября 1969 года', 'сентября 1970 года') })
  })
  ;({ workspace, page } = session)
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(session.host.url)
  await page.locator('[role="row"]').nth(5).waitFor()
}, 60_000)

afterAll(() => session?.close())

const focused = () => page.locator('[role="row"][aria-selected="true"]')

describe('the review screen at 1280×720', () => {
  it.each(['en', 'kk', 'ru'] as const)('in %s: one toolbar row, whole texts, twelve or more short pairs in view', async (language) => {
    await page.locator('.language select').selectOption(language)
    await expect.poll(() => page.locator('html').evaluate(() => document.querySelector('.app')!.getAttribute('lang'))).toBe(language)
    const figures = await measureScreen(page)
    console.log(`1280×720 ${language}: ${figures.visibleHere} rows at the start, at most ${figures.visibleMost}; toolbar ${figures.toolbarHeight} px; ${figures.cutCells}/${figures.drawnCells} cells cut`)
    expect(figures.toolbarHeight).toBeLessThan(50)
    expect(figures.cutCells).toBe(0)
    expect(figures.visibleMost).toBeGreaterThanOrEqual(12)
    await page.screenshot({ path: `${SCREENSHOTS}screen-1280x720-${language}.png` })
  })

  it.each(['kk', 'ru'] as const)('in %s: no English sentence on the screen, in tooltips or in names read aloud', async (language) => {
    await page.locator('.language select').selectOption(language)
    await page.locator('[role="row"]').nth(2).click()
    const said = await page.locator('.app').evaluate((app) => {
      const labels = [...app.querySelectorAll('[title], [aria-label], [placeholder]')].flatMap((element) => ['title', 'aria-label', 'placeholder'].map((name) => element.getAttribute(name) ?? ''))
      return [(app as HTMLElement).innerText, ...labels].join('\n')
    })
    const english = said.split('\n').filter((line) => /\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b/i.test(line))
    expect(english).toEqual([])
  })

  it('announces what an operation did, and undo says what it took back with the pair in view', async () => {
    await page.locator('.language select').selectOption('en')
    await page.locator('[role="row"]').nth(3).click()
    const [, , , fourth, fifth] = workspace.pairs(alignmentId, { limit: 5 })
    await page.locator('body').press('m')
    await expect.poll(() => workspace.pair(fifth!.id)).toBeNull()
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Merge with next: done')
    await page.locator('body').press('Control+z')
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`Undone: merge (${fourth!.id}, ${fifth!.id})`)
    expect(await focused().getAttribute('data-pair')).toBe(String(fourth!.id))
    expect(await page.getByRole('status').getAttribute('aria-live')).toBe('polite')
  })

  it('Enter on a focused toolbar button presses that button, not the pair confirmation', async () => {
    await page.locator('[role="row"]').nth(1).click()
    await expect.poll(() => focused().count()).toBe(1)
    const pairId = Number(await focused().getAttribute('data-pair'))
    await page.getByRole('button', { name: 'Articles', exact: true }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('button', { name: 'Articles', exact: true }).getAttribute('aria-pressed')).toBe('true')
    expect(workspace.pair(pairId)!.status).toBe('auto')
    await page.getByRole('button', { name: 'Sentences', exact: true }).click()
  })

  it('the detail panel can be collapsed to give the list its room', async () => {
    const before = (await measureScreen(page, { scan: false })).visibleHere
    await page.getByRole('button', { name: 'Hide the pair in full' }).click()
    await expect.poll(async () => (await measureScreen(page, { scan: false })).visibleHere).toBeGreaterThan(before)
    await page.getByRole('button', { name: 'Show the pair in full' }).click()
  })

  it('dialogs take the focus, keep Tab inside, close on Escape and give the focus back', async () => {
    const opener = page.getByRole('button', { name: 'Export…' })
    await opener.click()
    const dialog = page.getByRole('dialog', { name: 'Export…' })
    await expect.poll(() => dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true)
    for (let k = 0; k < 25; k++) {
      await page.keyboard.press('Tab')
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true)
    }
    await page.keyboard.press('Shift+Tab')
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
    expect(await opener.evaluate((element) => element === document.activeElement)).toBe(true)
  })

  it('the sentence moves say which side they move', async () => {
    for (const name of ['Kazakh sentence up (first to the pair above)', 'Russian sentence down (last to the pair below)']) {
      expect(await page.getByRole('button', { name, exact: true }).getAttribute('title')).toContain(name)
    }
  })

  it('shows the focused pair\'s findings first, marked in the text, with reasons and repairs in the interface language', async () => {
    await page.locator('.language select').selectOption('kk')
    await page.locator('[role="row"]').first().click()
    // Marked: each distinct span narrower than its side (a whole-side span says what the side lacks).
    const pointedSpans = (pairId: number, open: ReturnType<typeof workspace.findingsOfPairs>) => {
      const pair = workspace.pair(pairId)!
      return (['kk', 'ru'] as const).reduce((sum, side) => {
        const spans = open.map((f) => f[side]).filter((span) => span !== null && (span.start > pair[side].start! || span.end < pair[side].end!))
        return sum + new Set(spans.map((span) => `${span!.start}-${span!.end}`)).size
      }, 0)
    }
    // The next pair with findings (F) until one whose findings point at text inside it, not at a whole side.
    let open: ReturnType<typeof workspace.findingsOfPairs> = []
    let pointed = 0
    for (let step = 0; step < 20 && pointed === 0; step++) {
      const before = await focused().getAttribute('data-pair')
      await page.locator('body').press('f')
      await expect.poll(() => focused().getAttribute('data-pair')).not.toBe(before)
      const pairId = Number(await focused().getAttribute('data-pair'))
      open = workspace.findingsOfPairs(alignmentId, [pairId]).filter((f) => !f.dismissed && f.kind !== 'alignment')
      expect(open.length).toBeGreaterThan(0)
      pointed = pointedSpans(pairId, open)
    }
    expect(pointed).toBeGreaterThan(0)
    const detail = page.locator('.detail')
    // Findings come before the texts, and each open finding that points at text is marked there.
    expect(await detail.evaluate((element) => element.querySelector('.pair-findings')!.compareDocumentPosition(element.querySelector('.side')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy()
    await expect.poll(() => detail.locator('.pair-findings > li').count()).toBe(open.length)
    await expect.poll(() => detail.locator('mark.finding').count()).toBe(pointed)
    const reasons = await detail.locator('.reasons').textContent()
    expect(reasons).not.toMatch(/length ratio|by the reviewer/)
    await page.screenshot({ path: `${SCREENSHOTS}findings-marked-kk.png` })
    await page.locator('.language select').selectOption('en')
  })

  it('after a sentence move, a row left empty on both sides disappears and the pair is scored again', async () => {
    const grid = page.getByRole('grid')
    // A pair of one sentence on each side, near the top.
    const index = workspace.pairs(alignmentId, { limit: 8 }).findIndex((p) => p.kk.text !== '' && p.ru.text !== '' && !/[\n.;:]\s*\S/.test(p.kk.text) && !/[\n.;:]\s*\S/.test(p.ru.text))
    expect(index).toBeGreaterThanOrEqual(0)
    await page.locator('[role="row"]').nth(index).click()
    const pairId = Number(await focused().getAttribute('data-pair'))
    const rowsBefore = Number(await grid.getAttribute('aria-rowcount'))
    await page.locator('body').press('u')
    await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe(String(rowsBefore + 1))
    expect(workspace.pair(pairId)!.reasons[0]).toBe('unpaired by the reviewer')
    // The Russian-only row below takes its sentence back up: it is empty, so it goes.
    await expect.poll(() => page.locator(`[role="row"][data-pair="${pairId}"] [lang="ru"]`).textContent()).toBe('—')
    await page.locator('body').press('ArrowDown')
    await page.locator('body').press('Alt+Shift+ArrowUp')
    await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe(String(rowsBefore))
    await expect.poll(() => workspace.pair(pairId)!.reasons[0]).toBe('sentence moved by the reviewer')
    expect(workspace.pair(pairId)!.confidence).toBeGreaterThan(0.3)
  })
})
