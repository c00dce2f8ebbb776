// The open findings the list shows, by pair: a sentence pair's own; in the article view, an
// article's are those of every sentence in it (worked out only there: it walks every sentence pair).
// And the findings the detail shows for the focused row, dismissed ones included.
import { useMemo } from 'react'
import type { FindingView } from '../corpus/workspace.ts'
import type { Level, PairView } from '../corpus/rows.ts'
import { findingText, type UiLanguage } from './i18n.ts'
import { appendAll } from '../aligner/append.ts'

const shownOnRows = (finding: FindingView) => finding.pairId !== null && finding.kind !== 'alignment'

export function useFindingMessages(findings: FindingView[], pairs: PairView[], level: Level, language: UiLanguage) {
  const sentenceFindings = useMemo(() => {
    const messages = new Map<number, string[]>()
    for (const finding of findings) {
      if (!shownOnRows(finding) || finding.dismissed) continue
      const list = messages.get(finding.pairId!)
      if (list) list.push(findingText(language, finding))
      else messages.set(finding.pairId!, [findingText(language, finding)])
    }
    return messages
  }, [findings, language])

  const findingMessages = useMemo(() => {
    if (level !== 'article') return sentenceFindings
    // Each article's list is a copy, added to in place: a long article gathers thousands.
    const messages = new Map([...sentenceFindings].map(([pairId, list]) => [pairId, [...list]]))
    for (const pair of pairs) {
      const own = sentenceFindings.get(pair.id)
      if (!own || pair.parentId === null) continue
      const list = messages.get(pair.parentId)
      if (list) appendAll(list, own)
      else messages.set(pair.parentId, [...own])
    }
    return messages
  }, [level, sentenceFindings, pairs])

  const findingCounts = useMemo(() => new Map([...findingMessages].map(([pairId, messages]) => [pairId, messages.length])), [findingMessages])
  return { findingMessages, findingCounts }
}

/** The findings the detail shows for the focused row (an article: those of its sentences), dismissed ones too. */
export function useFindingsOfRow(findings: FindingView[], pairs: PairView[], level: Level, current: PairView | undefined): FindingView[] {
  return useMemo(() => {
    if (!current) return []
    const inside = level === 'article' ? new Set(pairs.filter((p) => p.parentId === current.id).map((p) => p.id)) : new Set<number>()
    return findings.filter((f) => shownOnRows(f) && (f.pairId === current.id || inside.has(f.pairId!)))
  }, [current, level, pairs, findings])
}
