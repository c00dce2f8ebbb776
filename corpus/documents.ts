// Projects, documents and document versions: shared by the importers of texts and of TMX files.
// A text imported again under the same name becomes a new version unless its bytes are unchanged.
import { documentName } from '../aligner/tmx/candidates.ts'
import { createHash } from 'node:crypto'
import { sql, sqlValue, type Db } from './database.ts'

export function ensureProject(db: Db, name: string, by: string, now: string): number {
  const existing = sqlValue(db, 'SELECT id FROM projects WHERE name = ?').get(name) as number | undefined
  if (existing !== undefined) return existing
  return Number(sql(db, 'INSERT INTO projects (name, created_at, created_by) VALUES (?, ?, ?)').run(name, now, by).lastInsertRowid)
}

export interface VersionContent {
  fileName: string
  /** SHA-256 of the file's bytes (hex). */
  sha256: string
  encoding: string
  format: string
  /** The kind of file it was read from ('text', 'docx', 'pdf'…). */
  fileFormat: string
  /** Headers, footers and notes of the file. */
  apart: unknown[]
  /** Spans of `clean` its reader generated (list numbers). */
  generated: Array<[number, number]>
  original: string
  clean: string
  /** [clean, original] breakpoints, see offsetBreakpoints(). */
  offsetMap: number[]
  units: unknown[]
}

export interface StoredVersion {
  id: number
  /** False when the same bytes were imported before and that version is reused. */
  created: boolean
}

export function storeVersion(db: Db, projectId: number, language: 'kk' | 'ru', content: VersionContent, by: string, now: string): StoredVersion {
  const { sha256 } = content
  // A folder import names `a/kk.txt` and `b/kk.txt` apart: two agreements, not two versions of one.
  const name = documentName(content.fileName)
  let documentId = sqlValue(db, 'SELECT id FROM documents WHERE project_id = ? AND name = ? AND language = ?').get(projectId, name, language) as number | undefined
  documentId ??= Number(sql(db, 'INSERT INTO documents (project_id, language, name, created_at) VALUES (?, ?, ?, ?)').run(projectId, language, name, now).lastInsertRowid)
  const same = sqlValue(db, 'SELECT id FROM document_versions WHERE document_id = ? AND sha256 = ? ORDER BY version DESC LIMIT 1').get(documentId, sha256) as number | undefined
  if (same !== undefined) return { id: same, created: false }
  const version = ((sqlValue(db, 'SELECT max(version) FROM document_versions WHERE document_id = ?').get(documentId) as number | null) ?? 0) + 1
  const id = Number(
    sql(db, 'INSERT INTO document_versions (document_id, version, file_name, sha256, encoding, format, file_format, apart, generated, original_text, clean_text, offset_map, units, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(documentId, version, content.fileName, sha256, content.encoding, content.format, content.fileFormat, JSON.stringify(content.apart), JSON.stringify(content.generated), content.original, content.clean, JSON.stringify(content.offsetMap), JSON.stringify(content.units), now, by).lastInsertRowid,
  )
  return { id, created: true }
}

/** SHA-256 of a file's bytes, in hex: what tells a version from another. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function createAlignment(db: Db, projectId: number, kkVersion: number, ruVersion: number, title: string, by: string, now: string): number {
  return Number(sql(db, 'INSERT INTO alignments (project_id, kk_version_id, ru_version_id, title, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)').run(projectId, kkVersion, ruVersion, title, now, by).lastInsertRowid)
}
