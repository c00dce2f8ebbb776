import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { packArchived, unpackArchived } from '../../corpus/archive.ts'
import { prepareDocument } from '../../aligner/pipeline.ts'
import { CORPUS } from '../helpers/corpus.ts'
import { importSlug, openWorkspace, temporaryPath } from '../helpers/workspace.ts'

describe('the archive of a document version (the text as read, the parsed structure)', () => {
  it('is stored deflated and reads back exactly', () => {
    const path = temporaryPath()
    const workspace = openWorkspace(path)
    importSlug(workspace, 'constitution-2026')
    workspace.close()
    const db = new Database(path, { readonly: true })
    const rows = db.prepare("SELECT v.original_text, v.original_deflated, v.units, v.units_deflated, d.language FROM document_versions v JOIN documents d ON d.id = v.document_id").all() as Array<{ original_text: string; original_deflated: Buffer; units: string; units_deflated: Buffer; language: 'kk' | 'ru' }>
    db.close()
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      const prepared = prepareDocument({ name: row.language, bytes: readFileSync(join(CORPUS, 'constitution-2026', `${row.language}.txt`)) }, row.language)
      if (!prepared.ok) throw new Error(prepared.reason)
      expect(row.original_text).toBe('')
      expect(unpackArchived(row.original_deflated, row.original_text)).toBe(prepared.document.normalized.original)
      expect(JSON.parse(unpackArchived(row.units_deflated, row.units))).toEqual(JSON.parse(JSON.stringify(prepared.document.structure.units)))
      // The point of it: a fraction of the text's size.
      expect(row.original_deflated.length).toBeLessThan(Buffer.byteLength(prepared.document.normalized.original) / 3)
    }
  })

  it('reads a version stored before as the text it holds', () => {
    expect(unpackArchived(null, 'Статья 1')).toBe('Статья 1')
    expect(unpackArchived(packArchived('Статья 1'), '')).toBe('Статья 1')
  })
})
