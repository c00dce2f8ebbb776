// Writes gathered into one transaction, for a batch import: committing each pair alone costs a
// write to disk per pair. Each pair is still written in a savepoint of its own, so a pair that
// fails leaves the others of the group whole.
import type { Db } from './database.ts'

export class WriteGroup {
  private readonly db: Db

  constructor(db: Db) {
    this.db = db
    // A group holds a batch's inserts only, each naming rows it has just written itself (its
    // versions, its alignment, its article pairs). Checking each row against its parent was a
    // third of the writing thread's time (a lookup per repair, a thousand a document), so the
    // checks are off until the group ends. The setting cannot change inside a transaction.
    db.pragma('foreign_keys = OFF')
    try {
      db.exec('BEGIN IMMEDIATE')
    } catch (error) {
      db.pragma('foreign_keys = ON')
      throw error
    }
  }

  /**
   * Whether the group's transaction is still open. SQLite ends a transaction by itself after some
   * errors (a full disk, an I/O error): what the group held is then gone.
   */
  get isOpen(): boolean {
    return this.db.inTransaction
  }

  /** Commits; on failure nothing of the group is kept. */
  commit(): void {
    try {
      this.db.exec('COMMIT')
    } catch (error) {
      this.rollback()
      throw error
    }
    this.db.pragma('foreign_keys = ON')
  }

  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK')
    this.db.pragma('foreign_keys = ON')
  }
}
