// Imports a Kazakh/Russian pair into a project: analyses both texts (analyse.ts), then stores
// the documents (a changed text becomes a new version; the old stays), their repairs, the aligned
// pairs and the findings, all in one transaction; the sentence pairs are queued for the search
// index (search-index.ts).
import type { Failure } from '../aligner/problems.ts'
import { analysePair, type ImportSource } from './analyse.ts'
import { insertRows, writeTransaction, sqlValue, type Db } from './database.ts'
import { createAlignment, ensureProject, storeVersion } from './documents.ts'
import { FINDING_FIELDS, importRecord, PAIR_FIELDS, type ImportRecord, type Value } from './import-record.ts'
import { indexAlignmentLater } from './search-index.ts'
import { appendAll } from '../aligner/append.ts'

/** Gap between the seq numbers of imported pairs: room for many splits in between. */
export const SEQ_STEP = 1024

export interface ImportRequest {
  project: string
  sources: [ImportSource, ImportSource]
}

export interface ImportCounts {
  alignmentId: number
  projectId: number
  articlePairs: number
  sentencePairs: number
  findings: number
  /** Findings by kind ('number', 'date', 'alignment'…). */
  findingsByKind: Record<string, number>
}

export type ImportResult = ({ ok: true } & ImportCounts) | Failure

export function importPair(db: Db, request: ImportRequest, by: string, now: string): ImportResult {
  const analysed = analysePair(request.sources)
  if (!analysed.ok) return analysed
  return storeImportRecord(db, request.project, importRecord(analysed.analysis), by, now)
}

/** Writes an analysed pair into a project in one transaction (a savepoint, inside a batch's write group). */
export function storeImportRecord(db: Db, project: string, record: ImportRecord, by: string, now: string): { ok: true } & ImportCounts {
  return writeTransaction(db, () => {
    const projectId = ensureProject(db, project, by, now)
    const kkVersion = storeVersion(db, projectId, record.kk, by, now)
    const ruVersion = storeVersion(db, projectId, record.ru, by, now)
    const alignmentId = createAlignment(db, projectId, kkVersion.id, ruVersion.id, record.title, by, now)
    const ids = storePairs(db, alignmentId, record, by, now)
    indexAlignmentLater(db, alignmentId)
    storeFindings(db, alignmentId, record.findings, ids, now)
    return {
      ok: true as const,
      alignmentId,
      projectId,
      articlePairs: record.articlePairs.length / PAIR_FIELDS.length,
      sentencePairs: record.sentencePairs.length / PAIR_FIELDS.length,
      findings: record.findings.length / FINDING_FIELDS.length,
      findingsByKind: record.findingsByKind,
    }
  })
}

/** The columns of a pair row the aligner's values go in: its level, parent and place, then PAIR_FIELDS after `parent`. */
const PAIR_COLUMNS = ['level', 'parent_id', 'seq', ...PAIR_FIELDS.slice(1)]

/**
 * Inserts the pairs, the articles first (the sentences name theirs as parent); returns the database
 * id of each, articles then sentences, read back in the order of the pairs.
 */
function storePairs(db: Db, alignmentId: number, record: ImportRecord, by: string, now: string): number[] {
  const ids: number[] = []
  for (const [level, values] of [['article', record.articlePairs], ['sentence', record.sentencePairs]] as const) {
    const count = values.length / PAIR_FIELDS.length
    const rows: Value[] = []
    for (let index = 0; index < count; index++) {
      const [parent, ...fields] = values.slice(index * PAIR_FIELDS.length, (index + 1) * PAIR_FIELDS.length)
      rows.push(level, parent === null ? null : ids[parent as number]!, (index + 1) * SEQ_STEP)
      appendAll(rows, fields)
    }
    insertRows(db, 'pairs', PAIR_COLUMNS, rows, { alignment_id: alignmentId, kk_text: null, ru_text: null, status: 'auto', note: '', updated_at: now, updated_by: by })
    appendAll(ids, (sqlValue(db, 'SELECT id FROM pairs WHERE alignment_id = ? AND level = ? ORDER BY seq').all(alignmentId, level) as number[]))
  }
  return ids
}

/** The checks' findings and the aligner's notes, each naming its pair by its database id. */
function storeFindings(db: Db, alignmentId: number, findings: Value[], ids: number[], now: string): void {
  const rows = findings.map((value, index) => (index % FINDING_FIELDS.length === 0 && value !== null ? ids[value as number]! : value))
  insertRows(db, 'findings', ['pair_id', ...FINDING_FIELDS.slice(1)], rows, { alignment_id: alignmentId, created_at: now })
}
