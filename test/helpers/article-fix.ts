// The reviewer's fix of the glued article (glued-article.ts) in the article view, as a person does
// it: click article 4, take the split the screen offers before `Статья 5`, move down to the Russian
// part and pair it with `5-бап` (m). Shared by the end-to-end test and bench:ui.
import type { Page } from 'playwright-core'
import type { PairView } from '../../corpus/rows.ts'

/** Operations the fix takes, and the time from the first click to the fixed pair stored. */
export interface ArticleFix {
  operations: number
  ms: number
}

export async function fixGluedArticle(page: Page, articles: () => PairView[]): Promise<ArticleFix> {
  const started = performance.now()
  await page.locator('[role="row"]', { has: page.locator('.article-label', { hasText: /^4-бап/ }) }).click()
  await page.locator('.detail .side[lang="ru"] .heading-cut', { hasText: 'Статья 5' }).click()
  await until(() => articles().some((a) => a.ru.labels.includes('Статья 5')))
  await page.waitForFunction((count) => document.querySelector('[role="grid"]')?.getAttribute('aria-rowcount') === String(count), articles().length)
  // The focus stays on article 4; the Russian-only part follows it, and 5-бап after that.
  await page.locator('[role="row"][aria-selected="true"] .article-label', { hasText: /^4-бап/ }).waitFor()
  await page.locator('body').press('ArrowDown')
  await page.locator('body').press('m')
  await until(() => articles().find((a) => a.kk.labels.includes('5-бап'))?.ru.labels[0] === 'Статья 5')
  return { operations: 2, ms: performance.now() - started }
}

async function until(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = performance.now() + timeoutMs
  while (!check()) {
    if (performance.now() > deadline) throw new Error('the article fix did not reach the workspace in time')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
