// Importing the same two files into a project again: Egiz asks instead of making a silent
// duplicate. The answer is to open the existing alignment, to align the same documents again as a
// new alignment (kept beside the old one), or to import them as a copy (documents of their own).
import type { ImportRecord } from './import-record.ts'
import { sqlValue, sql, type Db } from './database.ts'

export type IfImported = 'ask' | 'version' | 'copy'

export interface ExistingImport {
  alignmentId: number
  title: string
  createdAt: string
}


/** The latest alignment of the project made from the two files with these hashes (either order), if any. */
export function alignmentOfFiles(db: Db, project: string, firstSha256: string, secondSha256: string): ExistingImport | null {
  const row = sql(
    db,
    `SELECT a.id AS alignmentId, a.title, a.created_at AS createdAt FROM alignments a
     JOIN projects p ON p.id = a.project_id
     JOIN document_versions kv ON kv.id = a.kk_version_id JOIN document_versions rv ON rv.id = a.ru_version_id
     WHERE p.name = ? AND ((kv.sha256 = ? AND rv.sha256 = ?) OR (kv.sha256 = ? AND rv.sha256 = ?)) ORDER BY a.id DESC LIMIT 1`,
  ).get(project, firstSha256, secondSha256, secondSha256, firstSha256) as ExistingImport | undefined
  return row ?? null
}

/** The latest alignment of the project made from exactly the files of this analysed pair, if any. */
export function findSameImport(db: Db, project: string, record: ImportRecord): ExistingImport | null {
  return alignmentOfFiles(db, project, record.kk.sha256, record.ru.sha256)
}

/** The pair under document names not used in the project yet: `name (copy 2).txt`. */
export function asCopy(db: Db, project: string, record: ImportRecord): ImportRecord {
  const taken = (name: string) =>
    sqlValue(db, 'SELECT count(*) FROM documents d JOIN projects p ON p.id = d.project_id WHERE p.name = ? AND d.name = ?').get(project, name) !== 0
  let copy = 1
  const named = (name: string) => name.replace(/(\.[^./\\]+)?$/, (extension) => ` (copy ${copy})${extension}`)
  while (taken(named(record.kk.name)) || taken(named(record.ru.name))) copy++
  return { ...record, kk: { ...record.kk, name: named(record.kk.name) }, ru: { ...record.ru, name: named(record.ru.name) } }
}
