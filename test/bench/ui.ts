// npm run bench:ui — the review screen in headless Chromium on a document of 20,000+ sentence
// pairs (the shared corpus concatenated): time to the first rows, time for a merge to show, and
// frame times while scrolling. Targets: first rows < 1 s, an edit < 100 ms, no frame over 50 ms.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startHost } from '../../cli/serve-host.ts'
import { Workspace } from '../../corpus/workspace.ts'
import { corpusSlugs, readPair } from '../helpers/corpus.ts'
import { ensureRendererBuilt, launchChromium, RENDERER } from '../helpers/browser.ts'
import { useFrancOnDemand } from '../../corpus/franc-loader.ts'

// This script aligns in its own process: franc is loaded when a text's letters do not decide.
useFrancOnDemand()

const TARGET_ROWS = 20_000
const MERGES = 10
const SCROLL_FRAMES = 240

ensureRendererBuilt()
const opened = Workspace.open(join(mkdtempSync(join(tmpdir(), 'egiz-ui-')), 'bench.sqlite'), { user: 'bench' })
if (!opened.ok) throw new Error(opened.reason)
const workspace = opened.workspace
const pairs = corpusSlugs().map(readPair)
let kk = ''
let ru = ''
// The corpus once gives about 2,300 sentence pairs: enough copies for the target, in one document.
const perCopy = pairs.map((p) => ({ kk: p.kk, ru: p.ru }))
while (kk.length === 0 || (await sentencePairs(kk, ru)) < TARGET_ROWS) {
  kk += perCopy.map((p) => p.kk).join('\n\n') + '\n\n'
  ru += perCopy.map((p) => p.ru).join('\n\n') + '\n\n'
}
const result = workspace.importPair({ project: 'Bench', sources: [{ name: 'kk.txt', bytes: Buffer.from(kk) }, { name: 'ru.txt', bytes: Buffer.from(ru) }] })
if (!result.ok) throw new Error(result.reason)
console.log(`document: ${result.sentencePairs} sentence pairs (${((kk.length + ru.length) / 1e6).toFixed(1)} M characters)`)

async function sentencePairs(kkText: string, ruText: string): Promise<number> {
  if (kkText.length === 0) return 0
  const { alignDocuments, prepareDocument } = await import('../../aligner/pipeline.ts')
  const a = prepareDocument({ name: 'kk', bytes: Buffer.from(kkText) })
  const b = prepareDocument({ name: 'ru', bytes: Buffer.from(ruText) })
  if (!a.ok || !b.ok) throw new Error('the bench input did not prepare')
  return alignDocuments(a.document, b.document, { level: 'sentence' }).pairs.length
}
const host = await startHost({ workspace, staticRoot: RENDERER })
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
try {
  const start = performance.now()
  await page.goto(host.url)
  await page.waitForFunction(() => document.querySelectorAll('[role="row"]').length > 5)
  const firstRows = performance.now() - start
  await page.waitForFunction((n) => Number(document.querySelector('[role="grid"]')?.getAttribute('aria-rowcount')) >= n, TARGET_ROWS)
  const allRows = performance.now() - start
  await page.waitForFunction(() => document.querySelector('[role="grid"]')?.getAttribute('aria-busy') === 'false')
  const settled = performance.now() - start
  console.log(`first rows shown:        ${firstRows.toFixed(0)} ms (target < 1000), all ${TARGET_ROWS}+ rows loaded: ${allRows.toFixed(0)} ms, with findings and structure: ${settled.toFixed(0)} ms`)

  const mergeTimes: number[] = []
  for (let k = 0; k < MERGES; k++) {
    const before = await page.locator('[role="row"][aria-selected="true"]').textContent()
    const t0 = performance.now()
    await page.keyboard.press('m')
    await page.waitForFunction((text) => document.querySelector('[role="row"][aria-selected="true"]')?.textContent !== text, before)
    mergeTimes.push(performance.now() - t0)
    await page.keyboard.press('ArrowDown')
  }
  mergeTimes.sort((a, b) => a - b)
  console.log(`merge shown:             median ${mergeTimes[Math.floor(MERGES / 2)]!.toFixed(0)} ms, worst ${mergeTimes[MERGES - 1]!.toFixed(0)} ms (target < 100)`)

  const frames = await page.evaluate(async (count) => {
    const list = document.querySelector('[role="grid"]') as HTMLElement
    const deltas: number[] = []
    let last = performance.now()
    for (let k = 0; k < count; k++) {
      list.scrollTop += 700
      await new Promise((resolve) => requestAnimationFrame(resolve))
      const now = performance.now()
      deltas.push(now - last)
      last = now
    }
    return deltas
  }, SCROLL_FRAMES)
  frames.sort((a, b) => a - b)
  console.log(`scrolling ${SCROLL_FRAMES} frames:     median ${frames[Math.floor(frames.length / 2)]!.toFixed(1)} ms, p95 ${frames[Math.floor(frames.length * 0.95)]!.toFixed(1)} ms, worst ${frames[frames.length - 1]!.toFixed(1)} ms (target: none over 50)`)
} finally {
  await browser.close()
  await host.close()
  workspace.close()
}
