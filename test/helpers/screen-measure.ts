// Measures what a reviewer sees of the pair list: rows whose whole box is inside the list, the
// toolbar's height (one row or wrapped), and cells whose text is hidden. Runs in the page.
import type { Page } from 'playwright-core'

export interface ScreenFigures {
  /** Rows fully visible where the list is scrolled now. */
  visibleHere: number
  /** The most rows fully visible at any scroll position (stepped by half a screen). */
  visibleMost: number
  toolbarHeight: number
  /** Cells of drawn sentence rows whose text does not fit. */
  cutCells: number
  drawnCells: number
}

/** With `scan`, the list is scrolled through (half a screen a step) for the most rows at any place. */
export async function measureScreen(page: Page, { scan = true } = {}): Promise<ScreenFigures> {
  return page.evaluate(async (scanList) => {
    const list = document.querySelector('.pair-list') as HTMLElement
    const visible = () => {
      const box = list.getBoundingClientRect()
      return [...list.querySelectorAll('[role="row"]')].filter((row) => {
        const r = row.getBoundingClientRect()
        return r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5
      }).length
    }
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    const start = list.scrollTop
    const visibleHere = visible()
    let visibleMost = visibleHere
    let cutCells = 0
    let drawnCells = 0
    for (let top = 0; scanList && top < list.scrollHeight; top += list.clientHeight / 2) {
      list.scrollTop = top
      await frame()
      visibleMost = Math.max(visibleMost, visible())
      for (const cell of list.querySelectorAll('.row.level-sentence .cell')) {
        drawnCells++
        if (cell.scrollHeight > cell.clientHeight + 1) cutCells++
      }
    }
    list.scrollTop = start
    await frame()
    return { visibleHere, visibleMost, toolbarHeight: Math.round(document.querySelector('.toolbar')!.getBoundingClientRect().height), cutCells, drawnCells }
  }, scan)
}
