// The normaliser's repairs of a document version, stored packed with the version and unpacked into
// rows of `repairs` the first time a screen asks for them. A batch stores a thousand repairs a
// document (look-alike letters, spaces), and writing them as rows was most of what the single
// writing thread did; most versions are never opened, and the rows are needed only once a
// translator looks at a document's repairs or reverts one. Versions stored before format 8, and
// versions already unpacked, have their repairs as rows and nothing packed.
import { unpackRepairs } from './archive.ts'
import { insertRows, sql, sqlValue, type Db } from './database.ts'
import { REPAIR_FIELDS } from './import-record.ts'

function packedOf(db: Db, versionId: number): Uint8Array | null {
  return (sqlValue(db, 'SELECT repairs_deflated FROM document_versions WHERE id = ?').get(versionId) as Uint8Array | null | undefined) ?? null
}

/**
 * Makes the version's repairs rows of `repairs` (once: later calls find nothing packed), so that
 * they have ids a screen can name and a state a translator can change.
 */
export function unpackRepairRows(db: Db, versionId: number): void {
  const packed = packedOf(db, versionId)
  if (packed === null) return
  const values = unpackRepairs(packed)
  const write = () => {
    insertRows(db, 'repairs', REPAIR_FIELDS, values, { version_id: versionId })
    sql(db, 'UPDATE document_versions SET repairs_deflated = NULL WHERE id = ?').run(versionId)
  }
  // Inside a caller's transaction (a batch's write group) the rows go with it.
  if (db.inTransaction) write()
  else db.transaction(write).immediate()
}

export interface StoredRepair {
  kind: string
  clean_start: number
  clean_end: number
  before: string
  after: string
}

/** Every repair of a version, packed or rows, without writing anything (an export reads many versions). */
export function versionRepairs(db: Db, versionId: number): StoredRepair[] {
  const packed = packedOf(db, versionId)
  if (packed === null) return sql(db, 'SELECT kind, clean_start, clean_end, before, after FROM repairs WHERE version_id = ?').all(versionId) as StoredRepair[]
  const values = unpackRepairs(packed)
  const repairs: StoredRepair[] = []
  for (let row = 0; row < values.length; row += REPAIR_FIELDS.length) {
    repairs.push({
      kind: values[row + FIELD.kind] as string,
      clean_start: values[row + FIELD.clean_start] as number,
      clean_end: values[row + FIELD.clean_end] as number,
      before: values[row + FIELD.before] as string,
      after: values[row + FIELD.after] as string,
    })
  }
  return repairs
}

/** Where each field is in a packed repair. */
const FIELD = Object.fromEntries(REPAIR_FIELDS.map((field, index) => [field, index])) as Record<(typeof REPAIR_FIELDS)[number], number>
