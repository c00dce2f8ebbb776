// Scores article-level pairs against the gold anchors: a pair is right when the anchors inside
// its Kazakh side are exactly the anchors inside its Russian side.
import { alignDocuments, prepareDocument, type AlignmentResult, type PreparedDocument } from '../../aligner/pipeline.ts'
import { toCleanOffset } from '../../aligner/text/normalize.ts'
import type { AnchoredText } from './corpus.ts'

export interface AnchorScore {
  gold: number
  predicted: number
  correct: number
  precision: number
  recall: number
  lowConfidenceShare: number
  result: AlignmentResult
}

export function prepare(name: string, text: string): PreparedDocument {
  const prepared = prepareDocument({ name, bytes: new TextEncoder().encode(text) })
  if (!prepared.ok) throw new Error(`${name}: ${prepared.reason}`)
  return prepared.document
}

export function scoreAnchors(kk: AnchoredText, ru: AnchoredText): AnchorScore {
  const kkDocument = prepare('kk', kk.text)
  const ruDocument = prepare('ru', ru.text)
  const result = alignDocuments(kkDocument, ruDocument, { level: 'article' })
  const kkClean = new Map([...kk.anchors].map(([id, at]) => [id, toCleanOffset(kkDocument.normalized, at)]))
  const ruClean = new Map([...ru.anchors].map(([id, at]) => [id, toCleanOffset(ruDocument.normalized, at)]))
  const inside = (anchors: Map<string, number>, start: number, end: number) =>
    [...anchors].filter(([, at]) => at >= start && at < end).map(([id]) => id).sort().join(',')
  let predicted = 0
  let correct = 0
  const pairs = result.pairs.filter((p) => p.level === 'article')
  for (const pair of pairs) {
    const kkIds = pair.kk.start < 0 ? '' : inside(kkClean, pair.kk.start, pair.kk.end)
    const ruIds = pair.ru.start < 0 ? '' : inside(ruClean, pair.ru.start, pair.ru.end)
    if (kkIds === '' && ruIds === '') continue
    predicted++
    if (kkIds === ruIds) correct += kkIds.split(',').length
  }
  const gold = [...kk.anchors.keys()].filter((id) => ru.anchors.has(id)).length
  const anchoredPredicted = pairs.reduce((sum, pair) => {
    const kkIds = pair.kk.start < 0 ? '' : inside(kkClean, pair.kk.start, pair.kk.end)
    const ruIds = pair.ru.start < 0 ? '' : inside(ruClean, pair.ru.start, pair.ru.end)
    return sum + (kkIds === '' && ruIds === '' ? 0 : Math.max(kkIds.split(',').filter(Boolean).length, ruIds.split(',').filter(Boolean).length, 1))
  }, 0)
  return {
    gold,
    predicted,
    correct,
    precision: anchoredPredicted === 0 ? 1 : correct / anchoredPredicted,
    recall: gold === 0 ? 1 : correct / gold,
    lowConfidenceShare: pairs.filter((p) => p.confidence < 0.5).length / Math.max(1, pairs.length),
    result,
  }
}
