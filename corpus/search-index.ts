// Keeps the concordance index (pair_search, rowid = pair id) in step with the pairs table.
import type { Db } from './database.ts'
import { sideText, type AlignmentTexts, type PairRow } from './rows.ts'
import { searchKey } from './search-key.ts'

export function indexPair(db: Db, row: PairRow, texts: AlignmentTexts): void {
  db.prepare('INSERT INTO pair_search (rowid, kk, ru) VALUES (?, ?, ?)').run(row.id, searchKey(sideText(row, 'kk', texts)), searchKey(sideText(row, 'ru', texts)))
}

export function unindexPair(db: Db, id: number): void {
  db.prepare('DELETE FROM pair_search WHERE rowid = ?').run(id)
}
