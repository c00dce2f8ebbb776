// Writes gathered into one transaction, for a batch import: committing each pair alone costs a
// write to disk per pair. Each pair is still written in a savepoint of its own, so a pair that
// fails leaves the others of the group whole.
import type { Db } from './database.ts'

export class WriteGroup {
  private readonly db: Db

  constructor(db: Db) {
    this.db = db
    db.exec('BEGIN IMMEDIATE')
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
  }

  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK')
  }
}
