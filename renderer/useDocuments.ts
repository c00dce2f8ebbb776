// The documents of the workspace and which one is open; the list's progress figures are refreshed
// once a burst of operations settles, so that counting never delays the next operation.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { AlignmentSummary } from '../corpus/workspace.ts'
import { call } from './api.ts'

/** Quiet time after the last operation before the documents list counts progress again. */
const DOCUMENTS_REFRESH_MS = 600

export function useDocuments(report: (error: unknown) => void) {
  const [alignments, setAlignments] = useState<AlignmentSummary[] | null>(null)
  const [alignmentId, setAlignmentId] = useState<number | null>(null)

  const loadAlignments = useCallback(async () => {
    const list = await call('alignments.list', {})
    setAlignments(list)
    setAlignmentId((current) => current ?? list[0]?.id ?? null)
  }, [])

  useEffect(() => {
    loadAlignments().catch(report)
  }, [loadAlignments, report])

  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const refreshDocumentsSoon = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current)
    timer.current = setTimeout(() => loadAlignments().catch(report), DOCUMENTS_REFRESH_MS)
  }, [loadAlignments, report])

  /** After an import: the new document opens (a pair), or the list refreshes (a folder). */
  const imported = useCallback(
    (newAlignmentId: number | null) => {
      loadAlignments().catch(report)
      if (newAlignmentId !== null) setAlignmentId(newAlignmentId)
    },
    [loadAlignments, report],
  )

  const selected = alignments?.find((a) => a.id === alignmentId)
  return { alignments, alignmentId, setAlignmentId, selected, refreshDocumentsSoon, imported }
}
