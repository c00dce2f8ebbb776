// The findings `egiz check` makes on each unmodified corpus pair (gold anchors stripped, both
// levels, as the command aligns), matched with the judged set.
import { alignDocuments } from '../../aligner/pipeline.ts'
import { checkAlignment } from '../../aligner/checks/run.ts'
import type { Finding } from '../../aligner/checks/findings.ts'
import { corpusSlugs, readPair, stripAnchors } from './corpus.ts'
import { prepare } from './anchor-score.ts'
import { matchJudgements, type Judgement, type JudgedFinding } from './judged-findings.ts'

export interface DocumentFindings {
  doc: string
  findings: Finding[]
  judged: JudgedFinding[]
  texts: { kk: string; ru: string }
  articles: number
}

export function* corpusFindings(judgements: Judgement[]): Generator<DocumentFindings> {
  for (const doc of corpusSlugs()) {
    const pair = readPair(doc)
    const kk = prepare('kk', stripAnchors(pair.kk).text)
    const ru = prepare('ru', stripAnchors(pair.ru).text)
    const findings = checkAlignment({ result: alignDocuments(kk, ru, { level: 'both' }), kk, ru })
    const texts = { kk: kk.normalized.text, ru: ru.normalized.text }
    const articles = Math.max(kk.structure.units.filter((u) => u.kind === 'article').length, 1)
    yield { doc, findings, judged: matchJudgements(doc, findings, texts, judgements), texts, articles }
  }
}
