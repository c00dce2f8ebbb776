// Projects, documents and document versions: shared by the importers of texts and of TMX files.
// A text imported again under the same name becomes a new version unless its bytes are unchanged.
import { documentName } from '../aligner/tmx/candidates.ts'
import { sql, sqlValue, type Db } from './database.ts'

export function ensureProject(db: Db, name: string, by: string, now: string): number {
  const existing = sqlValue(db, 'SELECT id FROM projects WHERE name = ?').get(name) as number | undefined
  if (existing !== undefined) return existing
  return Number(sql(db, 'INSERT INTO projects (name, created_at, created_by) VALUES (?, ?, ?)').run(name, now, by).lastInsertRowid)
}

/** A document version as stored: its texts, and what was read and parsed of it as JSON. */
export interface VersionContent {
  /** File name (a folder import's path inside the folder). */
  name: string
  language: 'kk' | 'ru'
  /** SHA-256 of the file's bytes (hex). */
  sha256: string
  encoding: string
  format: string
  /** The kind of file it was read from ('text', 'docx', 'pdf'…). */
  fileFormat: string
  /** The text as read, deflated (archive.ts). */
  originalDeflated: Uint8Array
  clean: string
  /** JSON of the headers, footers and notes of the file. */
  apart: string
  /** JSON of the [start, end] spans of `clean` its reader generated (list numbers). */
  generated: string
  /** JSON of the [clean, original] breakpoints, see offsetBreakpoints(). */
  offsetMap: string
  /** JSON of the parsed structure, deflated (archive.ts). */
  unitsDeflated: Uint8Array
  /** The normaliser's repairs, packed (repair-log.ts); null when there is none. */
  repairsDeflated: Uint8Array | null
}

export interface StoredVersion {
  id: number
  /** False when the same bytes were imported before and that version is reused. */
  created: boolean
}

export function storeVersion(db: Db, projectId: number, content: VersionContent, by: string, now: string): StoredVersion {
  const { sha256, language } = content
  // A folder import names `a/kk.txt` and `b/kk.txt` apart: two agreements, not two versions of one.
  const name = documentName(content.name)
  let documentId = sqlValue(db, 'SELECT id FROM documents WHERE project_id = ? AND name = ? AND language = ?').get(projectId, name, language) as number | undefined
  documentId ??= Number(sql(db, 'INSERT INTO documents (project_id, language, name, created_at) VALUES (?, ?, ?, ?)').run(projectId, language, name, now).lastInsertRowid)
  const same = sqlValue(db, 'SELECT id FROM document_versions WHERE document_id = ? AND sha256 = ? ORDER BY version DESC LIMIT 1').get(documentId, sha256) as number | undefined
  if (same !== undefined) return { id: same, created: false }
  const version = ((sqlValue(db, 'SELECT max(version) FROM document_versions WHERE document_id = ?').get(documentId) as number | null) ?? 0) + 1
  const id = Number(
    sql(db, "INSERT INTO document_versions (document_id, version, file_name, sha256, encoding, format, file_format, apart, generated, original_text, original_deflated, clean_text, offset_map, units, units_deflated, repairs_deflated, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, '', ?, ?, ?, ?)")
      .run(documentId, version, content.name, sha256, content.encoding, content.format, content.fileFormat, content.apart, content.generated, content.originalDeflated, content.clean, content.offsetMap, content.unitsDeflated, content.repairsDeflated, now, by).lastInsertRowid,
  )
  return { id, created: true }
}

export function createAlignment(db: Db, projectId: number, kkVersion: number, ruVersion: number, title: string, by: string, now: string): number {
  return Number(sql(db, 'INSERT INTO alignments (project_id, kk_version_id, ru_version_id, title, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)').run(projectId, kkVersion, ruVersion, title, now, by).lastInsertRowid)
}
