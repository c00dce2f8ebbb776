// Runs the sentence checks again on pairs a reviewer changed (merged, split, moved, edited, or
// brought back by undo), so the findings always describe the pairs as they are now. A finding
// that comes back unchanged keeps its dismissal.
import { checkSentencePair, SENTENCE_KINDS } from '../aligner/checks/run.ts'
import type { AlignedPair } from '../aligner/pipeline.ts'
import { splitSentences } from '../aligner/text/sentences.ts'
import { sql, type Db } from './database.ts'
import { PAIR_COLUMNS, toView, type AlignmentTexts, type PairRow, type PairView } from './rows.ts'

const KIND_LIST = SENTENCE_KINDS.map((kind) => `'${kind}'`).join(', ')

/** Re-checks these sentence pairs (others are ignored); runs inside the caller's transaction. */
export function recheckPairs(db: Db, alignmentId: number, pairIds: number[], texts: AlignmentTexts, now: string): void {
  if (pairIds.length === 0) return
  const ratio = texts.ru.clean.length / Math.max(1, texts.kk.clean.length)
  const select = sql(db, `SELECT ${PAIR_COLUMNS} FROM pairs WHERE id = ? AND alignment_id = ? AND level = 'sentence'`)
  // The pair's own old findings, and those left by pairs merged into it (their pair is gone; their text is here now).
  const old = sql(
    db,
    `SELECT id, kind, message, kk_start, ru_start, dismissed_reason, dismissed_at, dismissed_by FROM findings
     WHERE alignment_id = ? AND kind IN (${KIND_LIST}) AND (pair_id = ? OR (pair_id NOT IN (SELECT id FROM pairs WHERE alignment_id = ?)
       AND ((kk_start >= ? AND kk_start < ?) OR (ru_start >= ? AND ru_start < ?))))`,
  )
  const remove = sql(db, 'DELETE FROM findings WHERE id = ?')
  const insert = sql(db, 'INSERT INTO findings (alignment_id, pair_id, kind, code, severity, message, detail, kk_start, kk_end, ru_start, ru_end, dismissed_reason, dismissed_at, dismissed_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
  for (const id of new Set(pairIds)) {
    const row = select.get(id, alignmentId) as PairRow | undefined
    if (!row) continue
    const view = toView(row, texts)
    type OldFinding = { id: number; kind: string; message: string; kk_start: number | null; ru_start: number | null; dismissed_reason: string | null; dismissed_at: string | null; dismissed_by: string | null }
    const previous = old.all(alignmentId, id, alignmentId, row.kk_start ?? -1, row.kk_end ?? -1, row.ru_start ?? -1, row.ru_end ?? -1) as OldFinding[]
    for (const finding of previous) remove.run(finding.id)
    const dismissals = new Map(previous.filter((f) => f.dismissed_reason !== null).map((f) => [`${f.kind}|${f.message}`, f]))
    for (const finding of checkSentencePair(alignedPair(view), ratio)) {
      const dismissed = dismissals.get(`${finding.kind}|${finding.message}`)
      insert.run(alignmentId, id, finding.kind, finding.kind, finding.severity, finding.message, JSON.stringify(finding.detail), finding.kk?.start ?? null, finding.kk?.end ?? null, finding.ru?.start ?? null, finding.ru?.end ?? null, dismissed?.dismissed_reason ?? null, dismissed?.dismissed_at ?? null, dismissed?.dismissed_by ?? null, now)
    }
  }
}

/** A stored pair in the aligner's shape, with its text as shown and its bead shape by sentence count. */
function alignedPair(view: PairView): AlignedPair {
  const side = (text: string, start: number | null, end: number | null, labels: string[]) => ({ text, start: start ?? -1, end: end ?? -1, labels })
  const count = (text: string) => (text.trim() === '' ? 0 : splitSentences(text, 0, text.length).length)
  return {
    id: String(view.id),
    level: 'sentence',
    kind: `${count(view.kk.text)}-${count(view.ru.text)}`,
    kk: side(view.kk.text, view.kk.start, view.kk.end, view.kk.labels),
    ru: side(view.ru.text, view.ru.start, view.ru.end, view.ru.labels),
    confidence: view.confidence,
    reasons: view.reasons,
  }
}
