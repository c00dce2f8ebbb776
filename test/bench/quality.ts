// npm run bench:quality — article-level precision and recall against the gold anchors of every
// pair in test/data/corpus, on the markdown as given and rendered to the plain style of the seeds,
// plus sentence-level scores against the hand-made gold where there is one.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { corpusSlugs, readPair, renderPair, stripAnchors, CORPUS, SENTENCE_EVAL } from '../helpers/corpus.ts'
import { LOW_CONFIDENCE, prepare, scoreAnchors } from '../helpers/anchor-score.ts'
import { alignDocuments } from '../../aligner/pipeline.ts'
import { useFrancOnDemand } from '../../corpus/franc-loader.ts'

// This script aligns in its own process: franc is loaded when a text's letters do not decide.
useFrancOnDemand()

const rows: string[] = []
let worst = 1
for (const style of ['markdown', 'plain'] as const) {
  const totals = { gold: 0, correct: 0, right: 0, rightLow: 0, wrong: 0, wrongLow: 0 }
  for (const slug of corpusSlugs()) {
    const { kk, ru } = renderPair(slug, style)
    const score = scoreAnchors(kk, ru)
    totals.gold += score.gold
    totals.correct += score.correct
    totals.right += score.right
    totals.rightLow += score.rightLow
    totals.wrong += score.wrong
    totals.wrongLow += score.wrongLow
    if (score.gold > 0) worst = Math.min(worst, score.precision, score.recall)
    rows.push(`${style.padEnd(8)} ${slug.padEnd(34)} anchors ${String(score.gold).padStart(3)}  P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}  ${shares(score)}`)
  }
  rows.push(`${style.padEnd(8)} ${'OVERALL'.padEnd(34)} anchors ${String(totals.gold).padStart(3)}  R ${(totals.correct / totals.gold).toFixed(3)}          ${shares(totals)}`)
}
console.log(`Article level against the gold anchors (<a id="st…"> stripped before aligning; gold-points.json for the amending instrument).`)
console.log(`Confidence: judged pairs (those holding a gold anchor), right and wrong, and the share of each below ${LOW_CONFIDENCE}`)
console.log(`(targets: wrong pairs below ≥ 95 %, right pairs below ≤ 5 %).`)
console.log(rows.join('\n'))
console.log(`lowest per-document precision/recall: ${worst.toFixed(3)} (target 1.000)`)

function shares(score: { right: number; rightLow: number; wrong: number; wrongLow: number }): string {
  const percent = (part: number, whole: number) => (whole === 0 ? '   —' : `${((100 * part) / whole).toFixed(1).padStart(5)} %`)
  return `right ${String(score.right).padStart(3)} (${percent(score.rightLow, score.right)} low)  wrong ${String(score.wrong).padStart(2)} (${percent(score.wrongLow, score.wrong)} low)`
}

const goldPath = join(CORPUS, 'kz-fi-investment-bit-1992', 'gold-sentences.json')
if (existsSync(goldPath)) {
  const pair = readPair('kz-fi-investment-bit-1992')
  const result = alignDocuments(prepare('kk', stripAnchors(pair.kk).text), prepare('ru', stripAnchors(pair.ru).text), { level: 'sentence' })
  const out = join(mkdtempSync(join(tmpdir(), 'egiz-quality-')), 'pred.json')
  writeFileSync(out, JSON.stringify(result))
  const evaluation = execFileSync(process.execPath, [SENTENCE_EVAL, goldPath, out], { encoding: 'utf8' })
  console.log('\nSentence level, kz-fi-investment-bit-1992 against the hand alignment (target strict F1 ≥ 0.99, area F1 ≥ 0.995):')
  console.log(evaluation.trim())
}
