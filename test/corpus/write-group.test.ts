// A batch's write group leaves SQLite's foreign-key checks off while it is open (its rows name only
// rows it wrote itself); whatever way it ends, the checks are on again for every later write.
import { describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../corpus/database.ts'
import { WriteGroup } from '../../corpus/write-group.ts'
import { temporaryPath } from '../helpers/workspace.ts'

function database(): Db {
  const opened = openDatabase(temporaryPath())
  if (!opened.ok) throw new Error(opened.reason)
  return opened.db
}

const checksOn = (db: Db) => db.pragma('foreign_keys', { simple: true }) === 1
/** A repair of a version that does not exist: refused while the checks are on. */
const orphanRepair = (db: Db) => db.prepare("INSERT INTO repairs (version_id, kind, start, end, clean_start, clean_end, before, after) VALUES (999, 'whitespace', 0, 1, 0, 1, ' ', '')").run()

describe('a write group', () => {
  it('turns the checks back on when it commits', () => {
    const db = database()
    const group = new WriteGroup(db)
    expect(checksOn(db)).toBe(false)
    group.commit()
    expect(checksOn(db)).toBe(true)
    expect(() => orphanRepair(db)).toThrow(/FOREIGN KEY/)
    db.close()
  })

  it('turns the checks back on when it is rolled back, or its commit fails', () => {
    const db = database()
    new WriteGroup(db).rollback()
    expect(checksOn(db)).toBe(true)
    const group = new WriteGroup(db)
    db.exec('ROLLBACK') // as SQLite does by itself after a full disk: the commit then fails
    expect(() => group.commit()).toThrow()
    expect(checksOn(db)).toBe(true)
    expect(() => orphanRepair(db)).toThrow(/FOREIGN KEY/)
    db.close()
  })

  it('leaves the checks on when it cannot begin', () => {
    const path = temporaryPath()
    const first = openDatabase(path)
    const second = openDatabase(path, { busyTimeoutMs: 10 })
    if (!first.ok || !second.ok) throw new Error('open')
    const holder = new WriteGroup(first.db)
    expect(() => new WriteGroup(second.db)).toThrow(/locked|busy/i)
    expect(checksOn(second.db)).toBe(true)
    holder.rollback()
    first.db.close()
    second.db.close()
  })
})
