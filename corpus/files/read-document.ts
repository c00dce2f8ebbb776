// Reads one document file from disk (or bytes in hand) for the CLI, batch and the app alike: its
// bytes (kept, to tell versions apart) and its text through aligner/formats/extract.ts, the one
// home of the file readers; or one reason naming the file and saying what to do.
import type { LanguageCode } from '../../aligner/language.ts'
import { aboutFile, type Failure } from '../../aligner/problems.ts'
import type { ImportSource } from '../analyse.ts'
import { extractFile } from '../../aligner/formats/extract.ts'
import { readInputFile } from './read-file.ts'

export type ReadDocument = { ok: true; source: ImportSource } | Failure

/** `name`: what the document is called in reasons and in the workspace (a folder import: its path inside the folder). */
export async function readDocumentFile(path: string, language?: LanguageCode, name = path): Promise<ReadDocument> {
  const read = readInputFile(path)
  if (!read.ok) return aboutFile(read, name)
  return documentFromBytes(name, read.bytes, language)
}

/** The same for bytes already in hand (a dropped or uploaded file). */
export async function documentFromBytes(name: string, bytes: Uint8Array, language?: LanguageCode): Promise<ReadDocument> {
  const extracted = await extractFile(name, bytes)
  if (!extracted.ok) return aboutFile(extracted, name)
  return { ok: true, source: { name, bytes, language, extracted: extracted.extracted } }
}
