// Keeps the concordance index (pair_search, rowid = pair id) in step with the pairs table. Only
// sentence pairs are indexed: the concordance returns nothing else, and article-level pairs would
// index every text a second time. The index keeps no text of its own (contentless): the documents
// hold it already, and a copy made the index the largest part of the workspace.
import { sql, type Db } from './database.ts'
import { sideText, type AlignmentTexts, type PairRow } from './rows.ts'
import { searchKey } from './search-key.ts'

export function indexPair(db: Db, row: PairRow, texts: AlignmentTexts): void {
  if (row.level === 'article') return
  const kk = sideText(row, 'kk', texts)
  const ru = sideText(row, 'ru', texts)
  sql(db, 'INSERT INTO pair_search (rowid, kk, ru) VALUES (?, ?, ?)').run(row.id, searchKey(kk), searchKey(ru))
}

export function unindexPair(db: Db, id: number): void {
  sql(db, 'DELETE FROM pair_search WHERE rowid = ?').run(id)
}
