// What the review screen shows of the open document: its sentence pairs, its article pairs and
// its findings, loaded in pages, and refreshed near the focus or whole after an operation.
import { useCallback, useEffect, useState } from 'react'
import type { FindingView } from '../corpus/workspace.ts'
import type { PairView } from '../corpus/rows.ts'
import { call } from './api.ts'
import { appendAll } from '../aligner/append.ts'

/** Pairs fetched first, and then per request, while a document loads. */
const FIRST_PAGE = 100
const PAGE = 2000
/** Rows refreshed on each side of the focus after a change there (merge, split, edit…). */
const NEIGHBOURHOOD = 30

export function useAlignmentData(alignmentId: number | null, report: (error: unknown) => void) {
  const [pairs, setPairs] = useState<PairView[]>([])
  const [articles, setArticles] = useState<PairView[]>([])
  const [findings, setFindings] = useState<FindingView[]>([])
  /** True while a document's pairs, findings and articles are still arriving. */
  const [loading, setLoading] = useState(false)
  /** Bumped when the document loaded again (repairs may have changed with it). */
  const [version, setVersion] = useState(0)

  const reload = useCallback(async (id: number) => {
    setLoading(true)
    // A small first page shows the first rows at once; the rest follows in large pages.
    const all: PairView[] = await call('pairs.page', { alignmentId: id, level: 'sentence', offset: 0, limit: FIRST_PAGE })
    setPairs([...all])
    let more = all.length === FIRST_PAGE
    while (more) {
      const page = await call('pairs.page', { alignmentId: id, level: 'sentence', offset: all.length, limit: PAGE })
      appendAll(all, page)
      more = page.length === PAGE
    }
    setPairs(all)
    setFindings(await call('findings.list', { alignmentId: id }))
    setArticles(await allArticles(id))
    setVersion((v) => v + 1)
    setLoading(false)
  }, [])

  useEffect(() => {
    if (alignmentId !== null) reload(alignmentId).catch(report)
  }, [alignmentId, reload, report])

  /**
   * Refreshes the sentence rows around one after a change there: the neighbourhood is fetched
   * again with the new total, and the difference in length tells how many rows it replaces.
   */
  const refreshAround = useCallback(async (id: number, index: number) => {
    const offset = Math.max(0, index - NEIGHBOURHOOD)
    const window = await call('pairs.window', { alignmentId: id, level: 'sentence', offset, limit: 2 * NEIGHBOURHOOD + 1 })
    setPairs((current) => {
      const removed = window.pairs.length - (window.total - current.length)
      return [...current.slice(0, offset), ...window.pairs, ...current.slice(offset + removed)]
    })
  }, [])

  /** The changed pairs were checked again: their findings replace the old ones. */
  const refreshFindingsOf = useCallback(async (id: number, pairIds: number[]) => {
    if (pairIds.length === 0) return
    const fresh = await call('findings.ofPairs', { alignmentId: id, pairIds: pairIds.slice(0, 1000) })
    const replaced = new Set(pairIds)
    setFindings((current) => [...current.filter((f) => f.pairId === null || !replaced.has(f.pairId)), ...fresh])
  }, [])

  const reloadFindings = useCallback(async (id: number) => setFindings(await call('findings.list', { alignmentId: id })), [])

  return { pairs, articles, findings, loading, version, reload, refreshAround, refreshFindingsOf, reloadFindings }
}

/** Every article pair of a document (a long law has more than one page of them). */
async function allArticles(alignmentId: number): Promise<PairView[]> {
  const all: PairView[] = []
  for (;;) {
    const page = await call('pairs.page', { alignmentId, level: 'article', offset: all.length, limit: PAGE })
    appendAll(all, page)
    if (page.length < PAGE) return all
  }
}
