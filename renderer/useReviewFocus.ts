// Which level the list shows (articles or sentences), the focused row of each (switching back finds
// the same place), and pairs to focus once their rows arrive: a search hit in a document still
// loading, an article after an operation, the pair undo restored.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Level, PairView } from '../corpus/rows.ts'

interface PendingFocus {
  level: Level
  pairId: number
  /** Focused when `pairId` is not there (undo: the focused pair, else the first it restored). */
  fallback?: { level: Level; pairId: number }
}

export function useReviewFocus(alignmentId: number | null, pairs: PairView[], articles: PairView[]) {
  const [level, setLevel] = useState<Level>('sentence')
  const [focusByLevel, setFocusByLevel] = useState<Record<Level, number>>({ article: 0, sentence: 0 })
  /** Only pairs with open findings in the list; focusing a given pair turns it off. */
  const [onlyFindings, setOnlyFindings] = useState(false)
  const [pending, setPending] = useState<PendingFocus | null>(null)
  const focus = focusByLevel[level]

  const setFocus = useCallback(
    (update: number | ((focus: number) => number)) => setFocusByLevel((f) => ({ ...f, [level]: typeof update === 'function' ? update(f[level]) : update })),
    [level],
  )
  /** Moves the reviewer made (keys, clicks): an operation that lands after one leaves the focus alone. */
  const moves = useRef(0)
  const moveFocus = useCallback(
    (update: number | ((focus: number) => number)) => {
      moves.current++
      setFocus(update)
    },
    [setFocus],
  )
  const focusPair = useCallback((pairLevel: Level, pairId: number, fallback?: { level: Level; pairId: number }) => setPending({ level: pairLevel, pairId, fallback }), [])
  useEffect(() => setFocusByLevel({ article: 0, sentence: 0 }), [alignmentId])

  useEffect(() => {
    if (pending === null) return
    const indexOf = (target: { level: Level; pairId: number }) => (target.level === 'article' ? articles : pairs).findIndex((p) => p.id === target.pairId)
    const target = indexOf(pending) >= 0 ? pending : pending.fallback && indexOf(pending.fallback) >= 0 ? pending.fallback : null
    if (target === null) {
      // Without a fallback the pair may still be on its way (another document loading).
      if (pending.fallback) setPending(null)
      return
    }
    setOnlyFindings(false)
    setLevel(target.level)
    setFocusByLevel((f) => ({ ...f, [target.level]: indexOf(target) }))
    setPending(null)
  }, [pending, pairs, articles])

  return { level, setLevel, focus, setFocus, moveFocus, moves, focusPair, onlyFindings, setOnlyFindings }
}
