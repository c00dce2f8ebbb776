// The persistent history: every change is stored as the rows it replaced and the rows it wrote,
// so undo and redo work across restarts and any edit can be shown as a diff.
import { diffWords, type Change } from 'diff'
import { sql, type Db } from './database.ts'
import { insertPairRow, PAIR_COLUMNS, sideText, type AlignmentTexts, type PairRow, type Side } from './rows.ts'
import { indexPair, unindexPair } from './search-index.ts'

export interface RepairState {
  id: number
  state: 'accepted' | 'reverted'
  changed_at: string | null
  changed_by: string | null
}

/** Rows as they were (before) or became (after) an operation. */
export interface Snapshot {
  pairs: PairRow[]
  repairs: RepairState[]
}

export interface OperationRecord {
  id: number
  kind: string
  summary: string
  state: 'done' | 'undone'
  at: string
  by: string
}

/** Stores an operation; a new operation discards what could have been redone. */
export function recordOperation(db: Db, alignmentId: number, kind: string, summary: string, before: Snapshot, after: Snapshot, at: string, by: string): number {
  sql(db, "DELETE FROM operations WHERE alignment_id = ? AND state = 'undone'").run(alignmentId)
  const result = sql(db, 'INSERT INTO operations (alignment_id, kind, summary, before, after, at, by) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(alignmentId, kind, summary, JSON.stringify(before), JSON.stringify(after), at, by)
  return Number(result.lastInsertRowid)
}

/** Replaces the rows of `current` with those of `target` (pairs deleted and re-inserted, repair states set). */
export function applySnapshot(db: Db, current: Snapshot, target: Snapshot, texts: () => AlignmentTexts): void {
  for (const row of current.pairs) {
    sql(db, 'DELETE FROM pairs WHERE id = ?').run(row.id)
    unindexPair(db, row.id)
  }
  for (const repair of target.repairs) {
    sql(db, 'UPDATE repairs SET state = ?, changed_at = ?, changed_by = ? WHERE id = ?').run(repair.state, repair.changed_at, repair.changed_by, repair.id)
  }
  for (const row of target.pairs) {
    insertPairRow(db, row)
    indexPair(db, row, texts())
  }
}

interface StoredOperation extends OperationRecord {
  before: string
  after: string
}

/** The operation undo would reverse: the latest one done. */
export function lastDone(db: Db, alignmentId: number): StoredOperation | undefined {
  return sql(db, "SELECT * FROM operations WHERE alignment_id = ? AND state = 'done' ORDER BY id DESC LIMIT 1").get(alignmentId) as StoredOperation | undefined
}

/** The operation redo would repeat: the earliest one undone. */
export function firstUndone(db: Db, alignmentId: number): StoredOperation | undefined {
  return sql(db, "SELECT * FROM operations WHERE alignment_id = ? AND state = 'undone' ORDER BY id ASC LIMIT 1").get(alignmentId) as StoredOperation | undefined
}

export function undoOperation(db: Db, operation: StoredOperation, texts: () => AlignmentTexts): void {
  applySnapshot(db, JSON.parse(operation.after) as Snapshot, JSON.parse(operation.before) as Snapshot, texts)
  sql(db, "UPDATE operations SET state = 'undone' WHERE id = ?").run(operation.id)
}

export function redoOperation(db: Db, operation: StoredOperation, texts: () => AlignmentTexts): void {
  applySnapshot(db, JSON.parse(operation.before) as Snapshot, JSON.parse(operation.after) as Snapshot, texts)
  sql(db, "UPDATE operations SET state = 'done' WHERE id = ?").run(operation.id)
}

export function listOperations(db: Db, alignmentId: number, limit: number): OperationRecord[] {
  return sql(db, 'SELECT id, kind, summary, state, at, by FROM operations WHERE alignment_id = ? ORDER BY id DESC LIMIT ?').all(alignmentId, limit) as OperationRecord[]
}

/** jsdiff's own word splitter knows only Latin letters; Intl.Segmenter knows Cyrillic words. */
const WORDS: Record<Side, Intl.Segmenter> = {
  kk: new Intl.Segmenter('kk', { granularity: 'word' }),
  ru: new Intl.Segmenter('ru', { granularity: 'word' }),
}

export interface SideDiff {
  pairId: number
  side: Side
  changes: Change[]
}

/** Word-level differences between the texts an operation replaced and the texts it wrote. */
export function operationDiff(db: Db, operationId: number, texts: AlignmentTexts): SideDiff[] | null {
  const stored = sql(db, 'SELECT before, after FROM operations WHERE id = ?').get(operationId) as { before: string; after: string } | undefined
  if (!stored) return null
  const before = JSON.parse(stored.before) as Snapshot
  const after = JSON.parse(stored.after) as Snapshot
  const diffs: SideDiff[] = []
  // An article change carries the sentence pairs inside it too: the diff is of the article text alone.
  const level = (after.pairs[0] ?? before.pairs[0])?.level
  const text = (rows: PairRow[], side: Side) => rows.filter((row) => row.level === level).map((row) => sideText(row, side, texts)).filter(Boolean).join(' ')
  for (const side of ['kk', 'ru'] as const) {
    const old = text(before.pairs, side)
    const now = text(after.pairs, side)
    if (old !== now) diffs.push({ pairId: after.pairs[0]?.id ?? before.pairs[0]?.id ?? 0, side, changes: diffWords(old, now, { intlSegmenter: WORDS[side] }) })
  }
  return diffs
}

export function pairRows(db: Db, ids: number[]): PairRow[] {
  const statement = sql(db, `SELECT ${PAIR_COLUMNS} FROM pairs WHERE id = ?`)
  return ids.map((id) => statement.get(id) as PairRow | undefined).filter((row): row is PairRow => row !== undefined)
}
