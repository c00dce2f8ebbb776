// Keeps the concordance index (pair_search, rowid = pair id) in step with the pairs table. Only
// sentence pairs are indexed: the concordance returns nothing else, and article-level pairs would
// index every text a second time. The index keeps no text of its own (contentless): the documents
// hold it already, and a copy made the index the largest part of the workspace.
import { sql, type Db } from './database.ts'
import { sideText, type AlignmentTexts, type PairRow } from './rows.ts'
import { searchKey } from './search-key.ts'
import type { AlignedPair } from '../aligner/pipeline.ts'

export function indexPair(db: Db, row: PairRow, texts: AlignmentTexts): void {
  if (row.level === 'article') return
  indexPairKeys(db, row.id, [searchKey(sideText(row, 'kk', texts)), searchKey(sideText(row, 'ru', texts))])
}

/**
 * The [Kazakh, Russian] keys a pair is indexed by, when the analysis computed them; null for article
 * pairs (not indexed) and for pairs too long to be worth carrying between threads.
 */
export type PairSearchKeys = [string, string] | null

/**
 * A pair longer than this (a text with no sentence breaks) gets its keys where it is stored: its
 * keys would be another copy of the whole text, made and carried between threads for one entry.
 */
const LONGEST_CARRIED_PAIR = 10_000

/**
 * The search keys of an aligned pair, from the clean texts it was aligned on. An import computes
 * them where it aligns (a worker thread), so the thread that writes has less to do; they are the
 * keys indexPair gives a pair stored with these texts and no repair reverted.
 */
export function alignedPairKeys(pair: AlignedPair, kkText: string, ruText: string): PairSearchKeys {
  if (pair.level === 'article') return null
  if (pair.kk.end - pair.kk.start > LONGEST_CARRIED_PAIR || pair.ru.end - pair.ru.start > LONGEST_CARRIED_PAIR) return null
  const side = (span: AlignedPair['kk'], text: string) => searchKey(span.start < 0 ? '' : text.slice(span.start, span.end))
  return [side(pair.kk, kkText), side(pair.ru, ruText)]
}

export function indexPairKeys(db: Db, id: number, keys: [string, string]): void {
  sql(db, 'INSERT INTO pair_search (rowid, kk, ru) VALUES (?, ?, ?)').run(id, keys[0], keys[1])
}

export function unindexPair(db: Db, id: number): void {
  sql(db, 'DELETE FROM pair_search WHERE rowid = ?').run(id)
}
