// The judged set of check findings: every error and warning `egiz check` made on the unmodified
// corpus pairs, read against both texts by a person and recorded as true or false with a reason
// (test/bench/judged-findings.jsonl, one judgement a line). A finding is known by its document, its
// kind and the text it points at on each side — not by its message or severity, which may be
// reworded or changed without the judgement changing. Judgements are never edited to fit the
// checks: a finding no judgement matches is new and must be judged.
import { readFileSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Finding, FindingKind } from '../../aligner/checks/findings.ts'

export const JUDGED_FINDINGS = fileURLToPath(new URL('../bench/judged-findings.jsonl', import.meta.url))

export interface Judgement {
  doc: string
  kind: FindingKind
  /** What the finding pointed at on each side (see `pointedText`), or null for no span. */
  kk: string | null
  ru: string | null
  /** The severity and message when judged: a record, not part of the finding's identity. */
  severity: Finding['severity']
  message: string
  /** Whether the two versions really differ there as the finding says. */
  real: boolean
  why: string
}

/** Spans longer than this are known by their head and tail: enough to tell sentences apart. */
const SHOWN = 80

/** The text a span covers, whitespace collapsed, long spans cut to head … tail. */
export function pointedText(text: string, span: { start: number; end: number } | null): string | null {
  if (!span) return null
  const covered = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim()
  return covered.length <= SHOWN ? covered : `${covered.slice(0, 45)} … ${covered.slice(-30)}`
}

export function identity(doc: string, kind: string, kk: string | null, ru: string | null): string {
  return JSON.stringify([doc, kind, kk, ru])
}

export function readJudgements(path = JUDGED_FINDINGS): Judgement[] {
  if (!existsSync(path)) return []
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line, k) => {
    try {
      return JSON.parse(line) as Judgement
    } catch (error) {
      throw new Error(`${path}:${k + 1}: not a JSON judgement (${(error as Error).message})`, { cause: error })
    }
  })
}

export interface JudgedFinding {
  finding: Finding
  kk: string | null
  ru: string | null
  /** The judgement it matched, or null when it is new. */
  judgement: Judgement | null
}

/**
 * Matches a document's findings with judgements, as multisets: two identical findings need two
 * judgements (the same number missing twice in one sentence is two differences).
 */
export function matchJudgements(doc: string, findings: Finding[], texts: { kk: string; ru: string }, judgements: Judgement[]): JudgedFinding[] {
  const available = new Map<string, Judgement[]>()
  for (const judgement of judgements) {
    if (judgement.doc !== doc) continue
    const key = identity(judgement.doc, judgement.kind, judgement.kk, judgement.ru)
    available.set(key, [...(available.get(key) ?? []), judgement])
  }
  return findings.map((finding) => {
    const kk = pointedText(texts.kk, finding.kk)
    const ru = pointedText(texts.ru, finding.ru)
    const left = available.get(identity(doc, finding.kind, kk, ru))
    return { finding, kk, ru, judgement: left?.shift() ?? null }
  })
}
