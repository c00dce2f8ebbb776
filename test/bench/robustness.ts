// npm run bench:robustness — for every corpus pair, variants that make one version differ the way
// real documents do (test/helpers/variants.ts), each aligned in both styles (markdown, plain) and
// scored against the gold of the units that still exist on both sides. Prints recall and precision
// per kind of variant, whether a deleted article shows as unpaired with a finding and its neighbours
// stay paired, and whether an omission or extra text lowers the pair's confidence below 0.5.
import { alignDocuments } from '../../aligner/pipeline.ts'
import { toCleanOffset } from '../../aligner/text/normalize.ts'
import { anchoredMarkdown, corpusSlugs, renderPlainStyle, stripAnchors, type CorpusStyle } from '../helpers/corpus.ts'
import { LOW_CONFIDENCE, prepare, scoreResult } from '../helpers/anchor-score.ts'
import { goldUnits, VARIANTS, type Side } from '../helpers/variants.ts'
import { useFrancOnDemand } from '../../corpus/franc-loader.ts'

// This script aligns in its own process: franc is loaded when a text's letters do not decide.
useFrancOnDemand()

interface Tally {
  runs: number
  skipped: number
  gold: number
  correct: number
  precisionSum: number
  perfect: number
  /** deleted-article: the unit left alone is a 1-0/0-1 pair with a missing-article finding. */
  shownAlone: number
  /** omission / extra-text: the changed pair is below LOW_CONFIDENCE. */
  flagged: number
  failures: string[]
}

const tallies = new Map(VARIANTS.map((variant) => [variant.name, newTally()]))

function newTally(): Tally {
  return { runs: 0, skipped: 0, gold: 0, correct: 0, precisionSum: 0, perfect: 0, shownAlone: 0, flagged: 0, failures: [] }
}

for (const slug of corpusSlugs()) {
  const markdown = anchoredMarkdown(slug)
  for (const variant of VARIANTS) {
    for (const side of variant.sides) {
      const units = goldUnits(markdown[side])
      if (units.length === 0) continue
      const target = units[Math.floor(units.length / 2)]!
      const changed = variant.apply(markdown[side], side, units, target)
      const tally = tallies.get(variant.name)!
      if (changed === null) {
        tally.skipped++
        continue
      }
      const texts: Record<Side, string> = { ...markdown, [side]: changed }
      for (const style of ['markdown', 'plain'] as CorpusStyle[]) run(tally, slug, variant.name, side, style, texts, target.id)
    }
  }
}

function run(tally: Tally, slug: string, variant: string, side: Side, style: CorpusStyle, texts: Record<Side, string>, targetId: string): void {
  const render = style === 'markdown' ? stripAnchors : renderPlainStyle
  const kk = render(texts.kk)
  const ru = render(texts.ru)
  const kkDocument = prepare('kk', kk.text)
  const ruDocument = prepare('ru', ru.text)
  const result = alignDocuments(kkDocument, ruDocument, { level: 'article' })
  const score = scoreResult(result, kk, kkDocument, ru, ruDocument)
  tally.runs++
  tally.gold += score.gold
  tally.correct += score.correct
  tally.precisionSum += score.precision
  const perfect = score.precision === 1 && score.recall === 1
  if (perfect) tally.perfect++
  else tally.failures.push(`${slug} ${side} ${style}: P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)}`)
  const pairOf = (id: string) => {
    const other: Side = side === 'kk' ? 'ru' : 'kk'
    const document = side === 'kk' ? ruDocument : kkDocument
    const at = (other === 'kk' ? kk : ru).anchors.get(id)
    if (at === undefined) return undefined
    const offset = toCleanOffset(document.normalized, at)
    return result.pairs.find((p) => p.level === 'article' && p[other].start <= offset && offset < p[other].end)
  }
  if (variant === 'deleted-article') {
    const pair = pairOf(targetId)
    const alone = pair !== undefined && (pair.kk.start < 0 || pair.ru.start < 0)
    const finding = pair !== undefined && result.diagnostics.some((d) => d.pair === pair.id && d.severity === 'warning' && (d.code === 'missing-article' || d.code === 'unpaired-unit'))
    if (alone && finding) tally.shownAlone++
  }
  if (variant === 'omission' || variant === 'extra-text') {
    const pair = pairOf(targetId)
    if (pair && pair.confidence < LOW_CONFIDENCE) tally.flagged++
    else tally.failures.push(`${slug} ${side} ${style}: the changed pair ${pair?.id ?? '(none)'} keeps confidence ${pair?.confidence ?? '—'} (${pair?.kk.text.length ?? 0} / ${pair?.ru.text.length ?? 0} characters)`)
  }
}

console.log('Article alignment on generated variants of every corpus pair (one side changed; markdown and plain style).')
console.log('variant               runs  skipped  recall  precision  perfect runs  extra')
for (const variant of VARIANTS) {
  const tally = tallies.get(variant.name)!
  const recall = tally.gold === 0 ? 1 : tally.correct / tally.gold
  const precision = tally.runs === 0 ? 1 : tally.precisionSum / tally.runs
  let extra = ''
  if (variant.name === 'deleted-article') extra = `shown as 1-0/0-1 with a finding: ${tally.shownAlone}/${tally.runs}`
  if (variant.name === 'omission' || variant.name === 'extra-text') extra = `changed pair below ${LOW_CONFIDENCE}: ${tally.flagged}/${tally.runs}`
  console.log(`${variant.name.padEnd(21)} ${String(tally.runs).padStart(4)}  ${String(tally.skipped).padStart(7)}  ${recall.toFixed(3)}  ${precision.toFixed(3)}      ${String(tally.perfect).padStart(4)}/${String(tally.runs).padEnd(4)}  ${extra}`)
}
const failures = VARIANTS.flatMap((variant) => tallies.get(variant.name)!.failures.map((line) => `  ${variant.name}: ${line}`))
if (failures.length > 0) console.log(`\nRuns below 1.000 (${failures.length}):\n${failures.join('\n')}`)
console.log('\n(skipped: the document has nothing to change for that variant — no testimonium, no arabic heading, a one-paragraph article…)')
console.log('Target: 1.000 recall and precision for every kind; a deleted article shown alone with a finding; an omission or extra text below 0.5.')
