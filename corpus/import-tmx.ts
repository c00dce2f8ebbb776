// Imports a TMX file into a project as confirmed pairs: the Kazakh and the Russian segments become
// two documents (one segment per paragraph), aligned segment by segment.
import { readTmx } from '../aligner/tmx/reader.ts'
import { decodeText } from '../aligner/text/decode.ts'
import { packArchived } from './archive.ts'
import { writeTransaction, sql, type Db } from './database.ts'
import { sha256 } from './analyse.ts'
import { createAlignment, ensureProject, storeVersion } from './documents.ts'
import { SEQ_STEP } from './import.ts'
import { indexLater } from './search-index.ts'

export type TmxImportResult =
  | { ok: true; alignmentId: number; pairs: number; unitsWithoutPair: number }
  | { ok: false; reason: string }

export function importTmx(db: Db, request: { project: string; name: string; bytes: Uint8Array }, by: string, now: string): TmxImportResult {
  const read = readTmx(request.bytes)
  if (!read.ok) return { ok: false, reason: `${request.name}: ${read.reason}` }
  const decoded = decodeText(request.bytes)
  const encoding = decoded.ok ? decoded.encoding : 'utf-8'
  const texts = { kk: '', ru: '' }
  const spans: Array<{ kk: [number, number]; ru: [number, number]; id: string | null }> = []
  for (const pair of read.pairs) {
    const kkStart = texts.kk.length
    const ruStart = texts.ru.length
    texts.kk += pair.kk + '\n'
    texts.ru += pair.ru + '\n'
    spans.push({ kk: [kkStart, kkStart + pair.kk.length], ru: [ruStart, ruStart + pair.ru.length], id: pair.id })
  }
  return writeTransaction(db, () => {
    const projectId = ensureProject(db, request.project, by, now)
    const version = (language: 'kk' | 'ru') =>
      storeVersion(db, projectId, {
        name: `${request.name} (${language === 'kk' ? 'Kazakh' : 'Russian'})`,
        language,
        sha256: sha256(new TextEncoder().encode(texts[language])),
        encoding,
        format: 'tmx',
        fileFormat: 'tmx',
        apart: '[]',
        generated: '[]',
        originalDeflated: packArchived(texts[language]),
        clean: texts[language],
        offsetMap: '[0,0]',
        unitsDeflated: packArchived('[]'),
        repairsDeflated: null,
      }, by, now).id
    const alignmentId = createAlignment(db, projectId, version('kk'), version('ru'), `${request.name} (TMX ${read.version})`, by, now)
    const insert = sql(db, "INSERT INTO pairs (alignment_id, level, parent_id, seq, kk_start, kk_end, ru_start, ru_end, kk_labels, ru_labels, confidence, reasons, status, note, updated_at, updated_by) VALUES (?, 'sentence', NULL, ?, ?, ?, ?, ?, '[]', '[]', 1, ?, 'confirmed', '', ?, ?)")
    spans.forEach((span, k) => {
      const reasons = JSON.stringify([`imported from ${request.name}${span.id ? ` (tu ${span.id})` : ''}`])
      const id = Number(insert.run(alignmentId, (k + 1) * SEQ_STEP, span.kk[0], span.kk[1], span.ru[0], span.ru[1], reasons, now, by).lastInsertRowid)
      indexLater(db, { id, level: 'sentence' })
    })
    return { ok: true as const, alignmentId, pairs: spans.length, unitsWithoutPair: read.unitsWithoutPair }
  })
}
