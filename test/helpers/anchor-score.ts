// Scores article-level pairs against the gold anchors: a pair is right when the anchors inside
// its Kazakh side are exactly the anchors inside its Russian side, or when it leaves alone a unit
// whose anchor the other version does not have. Pairs holding no anchor are not judged.
import { alignDocuments, prepareDocument, type AlignmentResult, type PreparedDocument } from '../../aligner/pipeline.ts'
import { toCleanOffset } from '../../aligner/text/normalize.ts'
import type { AnchoredText } from './corpus.ts'

/** Confidence under which a pair counts as flagged for review. */
export const LOW_CONFIDENCE = 0.5

export interface AnchorScore {
  gold: number
  predicted: number
  correct: number
  precision: number
  recall: number
  /** Judged pairs: right ones, and how many of them are below LOW_CONFIDENCE. */
  right: number
  rightLow: number
  /** Judged pairs: wrong ones, and how many of them are below LOW_CONFIDENCE. */
  wrong: number
  wrongLow: number
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
  return scoreResult(alignDocuments(kkDocument, ruDocument, { level: 'article' }), kk, kkDocument, ru, ruDocument)
}

/** Scores an alignment already made of the two anchored texts. */
export function scoreResult(result: AlignmentResult, kk: AnchoredText, kkDocument: PreparedDocument, ru: AnchoredText, ruDocument: PreparedDocument): AnchorScore {
  const kkClean = new Map([...kk.anchors].map(([id, at]) => [id, toCleanOffset(kkDocument.normalized, at)]))
  const ruClean = new Map([...ru.anchors].map(([id, at]) => [id, toCleanOffset(ruDocument.normalized, at)]))
  const inside = (anchors: Map<string, number>, start: number, end: number) =>
    start < 0 ? [] : [...anchors].filter(([, at]) => at >= start && at < end).map(([id]) => id).sort()
  const score = { predicted: 0, correct: 0, precise: 0, anchoredPredicted: 0, right: 0, rightLow: 0, wrong: 0, wrongLow: 0 }
  for (const pair of result.pairs.filter((p) => p.level === 'article')) {
    const kkIds = inside(kkClean, pair.kk.start, pair.kk.end)
    const ruIds = inside(ruClean, pair.ru.start, pair.ru.end)
    if (kkIds.length === 0 && ruIds.length === 0) continue
    score.predicted++
    score.anchoredPredicted += Math.max(kkIds.length, ruIds.length, 1)
    const same = kkIds.join(',') === ruIds.join(',')
    if (same) score.correct += kkIds.length
    const oneSidedInGold = (kkIds.length === 0 && ruIds.every((id) => !kk.anchors.has(id))) || (ruIds.length === 0 && kkIds.every((id) => !ru.anchors.has(id)))
    const low = pair.confidence < LOW_CONFIDENCE
    if (same || oneSidedInGold) {
      score.precise += Math.max(kkIds.length, ruIds.length)
      score.right++
      if (low) score.rightLow++
    } else {
      score.wrong++
      if (low) score.wrongLow++
    }
  }
  const gold = [...kk.anchors.keys()].filter((id) => ru.anchors.has(id)).length
  return {
    gold,
    predicted: score.predicted,
    correct: score.correct,
    precision: score.anchoredPredicted === 0 ? 1 : score.precise / score.anchoredPredicted,
    recall: gold === 0 ? 1 : score.correct / gold,
    right: score.right,
    rightLow: score.rightLow,
    wrong: score.wrong,
    wrongLow: score.wrongLow,
    result,
  }
}
