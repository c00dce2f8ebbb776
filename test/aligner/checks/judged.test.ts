import { describe, expect, it } from 'vitest'
import { corpusFindings } from '../../helpers/corpus-findings.ts'
import { readJudgements, type JudgedFinding } from '../../helpers/judged-findings.ts'

// The judged set (test/bench/judged-findings.jsonl) holds a person's verdict on every error and
// warning the checks make on the corpus. A change to the checks that makes new ones must have them
// judged (`npm run judge:findings`) before it lands; the precision must stay at its targets.
describe('the checks against the judged set of findings', () => {
  const judged: JudgedFinding[] = []
  for (const { judged: list } of corpusFindings(readJudgements())) judged.push(...list.filter((j) => j.finding.severity !== 'info'))

  it('has a judgement for every error and warning on the corpus', () => {
    const unjudged = judged.filter((j) => j.judgement === null).map((j) => `${j.finding.kind}: ${j.finding.message}`)
    expect(unjudged, 'run npm run judge:findings and judge these').toEqual([])
  })

  it('keeps errors almost surely real and warnings mostly real', () => {
    const precision = (severity: 'error' | 'warning') => {
      const list = judged.filter((j) => j.finding.severity === severity && j.judgement !== null)
      return list.filter((j) => j.judgement!.real).length / list.length
    }
    expect(precision('error')).toBeGreaterThanOrEqual(0.95)
    expect(precision('warning')).toBeGreaterThanOrEqual(0.8)
  })
})
