// The check every TMX export passes before it is handed over: the file reads back as TMX, with
// exactly the units that were written.
import { readTmx } from './reader.ts'

/** A problem found in an exported TMX, or null when it is sound. */
export function checkExportedTmx(bytes: Uint8Array, written: number): string | null {
  const read = readTmx(bytes)
  if (!read.ok) return written === 0 && read.reason.startsWith('no unit') ? null : read.reason
  return read.pairs.length === written ? null : `${read.pairs.length} units read back, ${written} written`
}
