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
  const own = sql(db, `SELECT ${OLD_COLUMNS} FROM findings WHERE alignment_id = ? AND pair_id = ? AND kind IN (${KIND_LIST})`)
  // Findings left by pairs merged into a pair or replaced by a realignment: their pair is gone, their
  // text is in the pairs now checked. Read once, and found by where they start on each side.
  const left = new LeftFindings(
    sql(db, `SELECT ${OLD_COLUMNS.replace(/(\w+)/g, 'f.$1')} FROM findings f LEFT JOIN pairs p ON p.id = f.pair_id
       WHERE f.alignment_id = ? AND f.kind IN (${KIND_LIST}) AND f.pair_id IS NOT NULL AND p.id IS NULL`).all(alignmentId) as OldFinding[],
  )
  const remove = sql(db, 'DELETE FROM findings WHERE id = ?')
  const insert = sql(db, 'INSERT INTO findings (alignment_id, pair_id, kind, code, severity, message, detail, kk_start, kk_end, ru_start, ru_end, dismissed_reason, dismissed_at, dismissed_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
  for (const id of new Set(pairIds)) {
    const row = select.get(id, alignmentId) as PairRow | undefined
    if (!row) continue
    const view = toView(row, texts)
    const previous = [...(own.all(alignmentId, id) as OldFinding[]), ...left.take('kk', row.kk_start, row.kk_end), ...left.take('ru', row.ru_start, row.ru_end)].sort((a, b) => a.id - b.id)
    for (const finding of previous) remove.run(finding.id)
    const dismissals = new Map(previous.filter((f) => f.dismissed_reason !== null).map((f) => [`${f.kind}|${f.message}`, f]))
    for (const finding of checkSentencePair(alignedPair(view), ratio)) {
      const dismissed = dismissals.get(`${finding.kind}|${finding.message}`)
      insert.run(alignmentId, id, finding.kind, finding.kind, finding.severity, finding.message, JSON.stringify(finding.detail), finding.kk?.start ?? null, finding.kk?.end ?? null, finding.ru?.start ?? null, finding.ru?.end ?? null, dismissed?.dismissed_reason ?? null, dismissed?.dismissed_at ?? null, dismissed?.dismissed_by ?? null, now)
    }
  }
}

const OLD_COLUMNS = 'id, kind, message, kk_start, ru_start, dismissed_reason, dismissed_at, dismissed_by'

interface OldFinding {
  id: number
  kind: string
  message: string
  kk_start: number | null
  ru_start: number | null
  dismissed_reason: string | null
  dismissed_at: string | null
  dismissed_by: string | null
}

/**
 * Findings whose pair is gone, each taken once: by the first checked pair whose text on a side holds
 * where the finding starts there. Sorted by start on each side, so a pair finds its own by binary
 * search: a realignment of a whole document leaves every old finding here.
 */
class LeftFindings {
  private readonly bySide: Record<'kk' | 'ru', OldFinding[]>
  private readonly taken = new Set<number>()

  constructor(findings: OldFinding[]) {
    const starting = (side: 'kk' | 'ru') => findings.filter((f) => f[`${side}_start`] !== null).sort((a, b) => a[`${side}_start`]! - b[`${side}_start`]!)
    this.bySide = { kk: starting('kk'), ru: starting('ru') }
  }

  /** The findings not yet taken that start on `side` in [start, end). */
  take(side: 'kk' | 'ru', start: number | null, end: number | null): OldFinding[] {
    const list = this.bySide[side]
    if (start === null || end === null || list.length === 0) return []
    const found: OldFinding[] = []
    for (let at = firstStartingAt(list, side, start); at < list.length && list[at]![`${side}_start`]! < end; at++) {
      const finding = list[at]!
      if (this.taken.has(finding.id)) continue
      this.taken.add(finding.id)
      found.push(finding)
    }
    return found
  }
}

/** Index of the first finding starting at `start` or after (binary search). */
function firstStartingAt(list: OldFinding[], side: 'kk' | 'ru', start: number): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (list[middle]![`${side}_start`]! < start) low = middle + 1
    else high = middle
  }
  return low
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
