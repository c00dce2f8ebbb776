// The archive of a document version: the text as its reader returned it and its parsed structure.
// They are kept so that nothing read is ever lost, and no screen reads them; stored as they are,
// they were a third of a workspace. Deflated at zlib's fastest level they take a fifth of that
// space, at about 100 MB/s, in the thread that analysed the pair.
import { deflateSync, inflateSync } from 'node:zlib'

export function packArchived(text: string): Buffer {
  return deflateSync(text, { level: 1 })
}

/** An archived text: deflated (versions stored since format 7), or as it was stored before. */
export function unpackArchived(deflated: Uint8Array | null, asStored: string): string {
  return deflated === null ? asStored : inflateSync(deflated).toString('utf8')
}

/**
 * A version's repairs (REPAIR_FIELDS values, one repair after another) packed the same way, for
 * repair-log.ts; null when there is none.
 */
export function packRepairs(values: ReadonlyArray<string | number | null>): Buffer | null {
  return values.length === 0 ? null : deflateSync(JSON.stringify(values), { level: 1 })
}

export function unpackRepairs(packed: Uint8Array): Array<string | number | null> {
  return JSON.parse(inflateSync(packed).toString('utf8')) as Array<string | number | null>
}
