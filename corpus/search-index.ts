// Keeps the concordance index (pair_search, rowid = pair id) in step with the pairs table. Only
// sentence pairs are indexed: the concordance returns nothing else, and article-level pairs would
// index every text a second time. The index keeps no text of its own (contentless): the documents
// hold it already, and a copy made the index the largest part of the workspace.
//
// An import does not index its pairs: it queues them (search_pending), and the queue is indexed
// before the next search, all at once. Indexing is a third of the work of storing an import (the
// trigram index writes out what it gathered at every commit), and it would hold up the one thread
// that writes while the worker threads of a batch wait for it. Review operations index at once: they
// touch a few pairs.
import { sql, sqlValue, writeTransaction, type Db } from './database.ts'
import { loadAlignmentTexts, sideText, type AlignmentTexts, type PairRow } from './rows.ts'
import { searchKey } from './search-key.ts'

export function indexPair(db: Db, row: PairRow, texts: AlignmentTexts): void {
  if (row.level === 'article') return
  sql(db, 'DELETE FROM search_pending WHERE pair_id = ?').run(row.id)
  sql(db, 'INSERT INTO pair_search (rowid, kk, ru) VALUES (?, ?, ?)').run(row.id, searchKey(sideText(row, 'kk', texts)), searchKey(sideText(row, 'ru', texts)))
}

export function unindexPair(db: Db, id: number): void {
  sql(db, 'DELETE FROM search_pending WHERE pair_id = ?').run(id)
  sql(db, 'DELETE FROM pair_search WHERE rowid = ?').run(id)
}

/** Queues a new sentence pair for the index (updateSearchIndex indexes it). */
export function indexLater(db: Db, row: Pick<PairRow, 'id' | 'level'>): void {
  if (row.level === 'sentence') sql(db, 'INSERT INTO search_pending (pair_id) VALUES (?)').run(row.id)
}

/** Queues the sentence pairs of a new alignment for the index. */
export function indexAlignmentLater(db: Db, alignmentId: number): void {
  sql(db, "INSERT INTO search_pending (pair_id) SELECT id FROM pairs WHERE alignment_id = ? AND level = 'sentence'").run(alignmentId)
}

/** Pairs imported since the index was last brought up to date. */
export function pendingForIndex(db: Db): number {
  return sqlValue(db, 'SELECT count(*) FROM search_pending').get() as number
}

/**
 * Indexes up to `limit` queued pairs (all by default) in one transaction; returns how many are still
 * queued. Pairs are taken in the order they were queued, which the queue's key gives without a sort
 * (sorting what is queued again for every slice of a large queue cost a fourth of the time); an
 * import queues an alignment's pairs together, so its texts are read once for all of them.
 */
export function updateSearchIndex(db: Db, limit = Number.MAX_SAFE_INTEGER): number {
  // Nothing queued, nothing to write: no transaction, which another program writing would refuse.
  if (pendingForIndex(db) === 0) return 0
  return writeTransaction(db, () => {
    const queued = sql(db, 'SELECT p.* FROM search_pending q JOIN pairs p ON p.id = q.pair_id ORDER BY q.pair_id LIMIT ?').all(limit) as PairRow[]
    let alignmentId = -1
    let texts: AlignmentTexts | null = null
    for (const row of queued) {
      if (row.alignment_id !== alignmentId) {
        alignmentId = row.alignment_id
        texts = loadAlignmentTexts(db, alignmentId)!
      }
      indexPair(db, row, texts!)
    }
    // Every pair read was indexed (which unqueued it); what is left names no pair.
    if (queued.length < limit) sql(db, 'DELETE FROM search_pending').run()
    return pendingForIndex(db)
  })
}
