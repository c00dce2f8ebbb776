// The reviewer's operations on the focused pair — sentence or article — from the toolbar, the
// keyboard and the menu: each runs on the back end, says a refusal in the interface language, and
// refreshes what it changed (the rows near the focus, or the whole document after an article change).
import { useCallback, useMemo } from 'react'
import type { Level, PairView, Side } from '../corpus/rows.ts'
import type { Refusal } from '../corpus/operations.ts'
import { call } from './api.ts'
import { operationName, refusalText, type StringKey, type UiLanguage } from './i18n.ts'

type Outcome = {
  ok: boolean
  reason?: string
  refusal?: Refusal
  pairs?: number[]
  /** Undo and redo: what they took back or did again, and the first pair they restored. */
  operation?: { kind: string; summary: string }
  focus?: { pairId: number; level: Level } | null
}

interface Context {
  alignmentId: number | null
  level: Level
  language: UiLanguage
  /** The focused pair and the rows it is one of. */
  current: PairView | undefined
  shown: PairView[]
  focus: number
  setFocus: (update: number | ((focus: number) => number)) => void
  /** Counts the reviewer's own moves: an operation's focus change is dropped if one came meanwhile. */
  moves: { current: number }
  /** Focus this pair once the rows hold it (after a reload). */
  focusPair: (level: Level, pairId: number, fallback?: { level: Level; pairId: number }) => void
  /** Pairs counted as problems: open findings by pair id. */
  findingCounts: Map<number, number>
  /** Where the reviewer clicked in each side of the focused pair: the cut of "split at cursor". */
  cuts: Partial<Record<Side, number>>
  onlyFindings: boolean
  sentencePairs: PairView[]
  t: (key: StringKey) => string
  setMessage: (message: string | null) => void
  /** The status line: what the last finished operation did. */
  setStatus: (status: string) => void
  report: (error: unknown) => void
  reload: (alignmentId: number) => Promise<void>
  refreshAround: (alignmentId: number, index: number) => Promise<void>
  refreshFindingsOf: (alignmentId: number, pairIds: number[]) => Promise<void>
  refreshDocumentsSoon: () => void
  startEdit: (side: Side, text: string) => void
}

export type ReviewActions = NonNullable<ReturnType<typeof useReviewActions>>

const isProblem = (pair: PairView, findings: number) => pair.status !== 'confirmed' && (pair.confidence < 0.5 || pair.kk.text === '' || pair.ru.text === '' || findings > 0)

export function useReviewActions(context: Context) {
  const { alignmentId, level, language, current, shown, focus, setFocus, moves, focusPair, findingCounts, cuts, onlyFindings, sentencePairs, t, setMessage, setStatus, report, reload, refreshAround, refreshFindingsOf, refreshDocumentsSoon, startEdit } = context

  /** Runs an operation, shows a refusal as a message, and reloads what changed (nearby, or everything). */
  const run = useCallback(
    async (name: StringKey, operation: () => Promise<Outcome>, options: { reach?: 'near' | 'all'; after?: (outcome: Outcome) => void } = {}) => {
      if (alignmentId === null) return
      const movesAtStart = moves.current
      try {
        const result = await operation()
        setMessage(result.ok ? null : result.refusal ? refusalText(language, result.refusal) : result.reason ?? null)
        if (result.ok) setStatus(result.operation ? stepStatus(t, language, name, result.operation) : `${t(name)}: ${t('done')}`)
        // An article change moves sentence pairs under other articles: everything is read again.
        if (options.reach === 'all' || level === 'article' || onlyFindings) await reload(alignmentId)
        else {
          const index = current ? sentencePairs.findIndex((p) => p.id === current.id) : 0
          await refreshAround(alignmentId, Math.max(0, index))
          await refreshFindingsOf(alignmentId, result.pairs ?? [])
        }
        // Where the focus goes after the operation, unless the reviewer moved it meanwhile.
        if (result.ok && moves.current === movesAtStart) options.after?.(result)
        refreshDocumentsSoon()
      } catch (error) {
        report(error)
      }
    },
    [alignmentId, level, language, current, sentencePairs, onlyFindings, reload, refreshAround, refreshFindingsOf, refreshDocumentsSoon, moves, t, setMessage, setStatus, report],
  )

  return useMemo(() => {
    if (!current || alignmentId === null) return null
    const pairId = current.id
    /** After an article operation, the focus stays on the article it wrote first. */
    /** After undo, redo or a change to many pairs: the focused pair stays in view, or the first one restored is shown. */
    const keepInView = (outcome: Outcome) => focusPair(level, pairId, outcome.focus ?? undefined)
    const keepArticle = (outcome: Outcome) => {
      if (level === 'article' && outcome.pairs?.[0] !== undefined) focusPair('article', outcome.pairs[0])
    }
    return {
      confirm: () => run(level === 'article' ? 'confirmArticle' : 'confirm', () => call('pairs.status', { pairId, status: 'confirmed' }), { after: () => setFocus((f) => Math.min(f + 1, shown.length - 1)) }),
      confirmAbove: () => run('confirmAbove', () => call('pairs.status', { upToPairId: pairId, status: 'confirmed' }), { reach: 'all', after: keepInView }),
      needsReview: () => run('needsReview', () => call('pairs.status', { pairId, status: 'needs-review' })),
      reject: () => run('reject', () => call('pairs.status', { pairId, status: 'rejected' })),
      mergeNext: () => run('mergeNext', () => call('pair.merge', { pairId, direction: 'next' }), { after: keepArticle }),
      mergePrevious: () => run('mergePrevious', () => call('pair.merge', { pairId, direction: 'previous' }), { after: level === 'article' ? keepArticle : () => setFocus((f) => Math.max(0, f - 1)) }),
      split: () => run('split', () => call('pair.split', { pairId, kk: { sentences: 1 }, ru: { sentences: 1 } }), { after: keepArticle }),
      // A side without a click stays whole in the first of the two rows.
      splitAtCursor: () =>
        run('splitAtCursor', () => call('pair.split', { pairId, ...(cuts.kk !== undefined ? { kk: { offset: cuts.kk } } : {}), ...(cuts.ru !== undefined ? { ru: { offset: cuts.ru } } : {}) }), { after: keepArticle }),
      /** An article cut where a heading starts inside one side (`Статья 5` run into article 4). */
      splitAt: (side: Side, offset: number) => run('splitAtCursor', () => call('pair.split', { pairId, [side]: { offset } }), { after: keepArticle }),
      setRepair: (repairId: number, state: 'accepted' | 'reverted') => run(state === 'reverted' ? 'revert' : 'restore', () => call('repair.set', { alignmentId, repairId, state }), { reach: 'all' }),
      unpair: () => run('unpair', () => call('pair.unpair', { pairId }), { after: keepArticle }),
      undo: () => run('undo', async () => call('history.undo', { alignmentId }), { reach: 'all', after: keepInView }),
      redo: () => run('redo', async () => call('history.redo', { alignmentId }), { reach: 'all', after: keepInView }),
      // Alt+↑ / Alt+↓ move the Kazakh side's first sentence up or last sentence down; with Shift, the Russian side's.
      moveUp: (side: Side) => run(side === 'kk' ? 'moveUpKk' : 'moveUpRu', () => call('pair.moveSentence', { pairId, side, move: 'first-to-previous' })),
      moveDown: (side: Side) => run(side === 'kk' ? 'moveDownKk' : 'moveDownRu', () => call('pair.moveSentence', { pairId, side, move: 'last-to-next' })),
      realign: () => run('realign', () => call('alignment.realign', { alignmentId }), { reach: 'all' }),
      nextFinding: () => {
        const next = shown.findIndex((p, k) => k > focus && (findingCounts.get(p.id) ?? 0) > 0)
        if (next >= 0) setFocus(next)
      },
      previousFinding: () => {
        for (let k = focus - 1; k >= 0; k--) if ((findingCounts.get(shown[k]!.id) ?? 0) > 0) return setFocus(k)
      },
      nextProblem: () => {
        const next = shown.findIndex((p, k) => k > focus && isProblem(p, findingCounts.get(p.id) ?? 0))
        if (next >= 0) setFocus(next)
      },
      previousProblem: () => {
        for (let k = focus - 1; k >= 0; k--) if (isProblem(shown[k]!, findingCounts.get(shown[k]!.id) ?? 0)) return setFocus(k)
      },
      edit: (side: Side) => (level === 'sentence' ? startEdit(side, current[side].text) : undefined),
      saveEdit: (side: Side, text: string) => run('edit', () => call('pair.edit', { pairId, side, text })),
    }
  }, [current, alignmentId, level, shown, focus, setFocus, focusPair, findingCounts, run, cuts, startEdit])
}

/** "Undone: merge (pairs 301, 302)" in the interface language; the pair numbers come from the stored summary. */
function stepStatus(t: (key: StringKey) => string, language: UiLanguage, name: StringKey, operation: { kind: string; summary: string }): string {
  const numbers = operation.summary.match(/\d+/g) ?? []
  const pairs = numbers.length === 0 ? '' : ` (${numbers.slice(0, 4).join(', ')}${numbers.length > 4 ? ', …' : ''})`
  return `${t(name === 'redo' ? 'redone' : 'undone')}: ${operationName(language, operation.kind)}${pairs}`
}
