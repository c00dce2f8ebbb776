// Writes gathered into one transaction, for a batch import. The search index (FTS5) writes out
// the terms it has gathered at every commit and at every savepoint, so a batch that committed each
// pair spent more time flushing the index than inserting into it. In a group, each pair is still
// written in a savepoint of its own (a pair that fails leaves the others whole), and its search
// entries wait until the group commits, where they are inserted together and flushed once.
import type { Db } from './database.ts'

/** Runs an index insert later, at the group's commit; or at once outside a group. */
export type IndexWrite = (insert: () => void) => void

export const indexAtOnce: IndexWrite = (insert) => insert()

export class WriteGroup {
  private readonly db: Db
  private readonly waitingIndex: Array<() => void> = []

  constructor(db: Db) {
    this.db = db
    db.exec('BEGIN IMMEDIATE')
  }

  readonly deferIndex: IndexWrite = (insert) => {
    this.waitingIndex.push(insert)
  }

  /** Runs one write of the group; the index inserts of a write that fails are dropped with it. */
  write<T extends { ok: boolean }>(work: () => T): T {
    const before = this.waitingIndex.length
    let result: T | undefined
    try {
      result = work()
      return result
    } finally {
      if (!result?.ok) this.waitingIndex.length = before
    }
  }

  /**
   * Whether the group's transaction is still open. SQLite ends a transaction by itself after some
   * errors (a full disk, an I/O error): what the group held is then gone.
   */
  get isOpen(): boolean {
    return this.db.inTransaction
  }

  /** Inserts the waiting search entries and commits; on failure nothing of the group is kept. */
  commit(): void {
    try {
      for (const insert of this.waitingIndex) insert()
      this.db.exec('COMMIT')
    } catch (error) {
      this.rollback()
      throw error
    } finally {
      this.waitingIndex.length = 0
    }
  }

  rollback(): void {
    this.waitingIndex.length = 0
    if (this.db.inTransaction) this.db.exec('ROLLBACK')
  }
}
