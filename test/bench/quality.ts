// npm run bench:quality — article-level precision and recall against the gold anchors of every
// pair in test/data/corpus, on the markdown as given and rendered to the plain style of the seeds,
// plus sentence-level scores against the hand-made gold where there is one.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { corpusSlugs, readPair, renderPlainStyle, stripAnchors, CORPUS, SENTENCE_EVAL } from '../helpers/corpus.ts'
import { prepare, scoreAnchors } from '../helpers/anchor-score.ts'
import { alignDocuments } from '../../aligner/pipeline.ts'

const rows: string[] = []
let worst = 1
for (const style of ['markdown', 'plain'] as const) {
  const totals = { gold: 0, correct: 0, predictedUnits: 0, low: 0, pairs: 0 }
  for (const slug of corpusSlugs()) {
    const pair = readPair(slug)
    const render = style === 'markdown' ? stripAnchors : renderPlainStyle
    const score = scoreAnchors(render(pair.kk), render(pair.ru))
    const articlePairs = score.result.pairs.filter((p) => p.level === 'article').length
    totals.gold += score.gold
    totals.correct += score.correct
    totals.low += Math.round(score.lowConfidenceShare * articlePairs)
    totals.pairs += articlePairs
    if (score.gold > 0) worst = Math.min(worst, score.precision, score.recall)
    rows.push(`${style.padEnd(8)} ${slug.padEnd(34)} anchors ${String(score.gold).padStart(3)}  P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}  low-confidence ${(100 * score.lowConfidenceShare).toFixed(1)}% of ${articlePairs}`)
  }
  rows.push(`${style.padEnd(8)} ${'OVERALL'.padEnd(34)} anchors ${String(totals.gold).padStart(3)}  R ${(totals.correct / totals.gold).toFixed(3)}  low-confidence ${(100 * totals.low / totals.pairs).toFixed(1)}% of ${totals.pairs}`)
}
console.log('Article level against the <a id> anchors (stripped before aligning):')
console.log(rows.join('\n'))
console.log(`lowest per-document precision/recall: ${worst.toFixed(3)} (target 1.000)`)

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
