// Pair rows as stored, and what the rest of Egiz sees of them: each side's text (a reviewer's edit,
// or the clean text with any reverted repair shown as it was in the original).
import { sql, sqlValue, type Db } from './database.ts'

export type Level = 'article' | 'sentence'
export type Status = 'auto' | 'confirmed' | 'needs-review' | 'rejected'
export type Side = 'kk' | 'ru'

export interface PairRow {
  id: number
  alignment_id: number
  level: Level
  parent_id: number | null
  seq: number
  kk_start: number | null
  kk_end: number | null
  ru_start: number | null
  ru_end: number | null
  kk_text: string | null
  ru_text: string | null
  kk_labels: string
  ru_labels: string
  confidence: number
  reasons: string
  status: Status
  note: string
  updated_at: string
  updated_by: string
}

export const PAIR_COLUMNS =
  'id, alignment_id, level, parent_id, seq, kk_start, kk_end, ru_start, ru_end, kk_text, ru_text, kk_labels, ru_labels, confidence, reasons, status, note, updated_at, updated_by'

export interface SideView {
  text: string
  /** Span in the clean text, or null for an empty side. */
  start: number | null
  end: number | null
  labels: string[]
  /** True when a reviewer edited this side's text. */
  edited: boolean
}

export interface PairView {
  id: number
  alignmentId: number
  level: Level
  parentId: number | null
  seq: number
  kk: SideView
  ru: SideView
  confidence: number
  reasons: string[]
  status: Status
  note: string
  updatedAt: string
  updatedBy: string
}

export interface RevertedRepair {
  clean_start: number
  clean_end: number
  before: string
}

/** The clean text of one side of an alignment and its reverted repairs (sorted by position). */
export interface SideText {
  versionId: number
  clean: string
  reverted: RevertedRepair[]
}

export interface AlignmentTexts {
  kk: SideText
  ru: SideText
}

export function loadAlignmentTexts(db: Db, alignmentId: number): AlignmentTexts | null {
  const row = sql(db, 'SELECT kk_version_id, ru_version_id FROM alignments WHERE id = ?').get(alignmentId) as
    | { kk_version_id: number; ru_version_id: number }
    | undefined
  if (!row) return null
  return { kk: loadSideText(db, row.kk_version_id), ru: loadSideText(db, row.ru_version_id) }
}

function loadSideText(db: Db, versionId: number): SideText {
  const clean = sqlValue(db, 'SELECT clean_text FROM document_versions WHERE id = ?').get(versionId) as string
  const reverted = sql(db, "SELECT clean_start, clean_end, before FROM repairs WHERE version_id = ? AND state = 'reverted' ORDER BY clean_start")
    .all(versionId) as RevertedRepair[]
  return { versionId, clean, reverted }
}

/** The text of a span as shown: the clean text, with reverted repairs back to the original. */
export function spanText(side: SideText, start: number, end: number): string {
  let text = ''
  let at = start
  for (const repair of side.reverted) {
    if (repair.clean_start < start || repair.clean_end > end) continue
    if (repair.clean_start < at) continue
    text += side.clean.slice(at, repair.clean_start) + repair.before
    at = repair.clean_end
  }
  return text + side.clean.slice(at, end)
}

export function sideText(row: PairRow, side: Side, texts: AlignmentTexts): string {
  const edited = side === 'kk' ? row.kk_text : row.ru_text
  if (edited !== null) return edited
  const start = side === 'kk' ? row.kk_start : row.ru_start
  const end = side === 'kk' ? row.kk_end : row.ru_end
  return start === null || end === null ? '' : spanText(texts[side], start, end)
}

export function toView(row: PairRow, texts: AlignmentTexts): PairView {
  return toViewWithTexts(row, sideText(row, 'kk', texts), sideText(row, 'ru', texts))
}

/** The view of a pair whose side texts are already known (from the search index). */
export function toViewWithTexts(row: PairRow, kkText: string, ruText: string): PairView {
  const view = (side: Side): SideView => ({
    text: side === 'kk' ? kkText : ruText,
    start: side === 'kk' ? row.kk_start : row.ru_start,
    end: side === 'kk' ? row.kk_end : row.ru_end,
    labels: JSON.parse(side === 'kk' ? row.kk_labels : row.ru_labels) as string[],
    edited: (side === 'kk' ? row.kk_text : row.ru_text) !== null,
  })
  return {
    id: row.id,
    alignmentId: row.alignment_id,
    level: row.level,
    parentId: row.parent_id,
    seq: row.seq,
    kk: view('kk'),
    ru: view('ru'),
    confidence: row.confidence,
    reasons: JSON.parse(row.reasons) as string[],
    status: row.status,
    note: row.note,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  }
}

export function insertPairRow(db: Db, row: PairRow): void {
  sql(db, `INSERT INTO pairs (${PAIR_COLUMNS}) VALUES (@id, @alignment_id, @level, @parent_id, @seq, @kk_start, @kk_end, @ru_start, @ru_end, @kk_text, @ru_text, @kk_labels, @ru_labels, @confidence, @reasons, @status, @note, @updated_at, @updated_by)`).run(row)
}
