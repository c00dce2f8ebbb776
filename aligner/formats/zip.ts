// Reads the entries of a zip archive (.docx packages) from its central directory: stored and
// deflated entries, with plain reasons for encrypted, cut-short or damaged archives.
import { failure, type Failure } from '../problems.ts'
import { inflate } from './inflate.ts'

/**
 * Budget: the inflated size of all entries read, together (a bomb spreads itself over many parts).
 * The parts of a long treaty's .docx come to a few megabytes.
 */
const MAX_TOTAL_BYTES = 64 * 1024 * 1024
const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const CENTRAL_ENTRY = 0x02014b50
const LOCAL_ENTRY = 0x04034b50

export type ZipEntries = { ok: true; entries: Map<string, Uint8Array> } | Failure

/** Entries whose names `wanted` accepts, inflated. */
export async function readZip(bytes: Uint8Array, wanted: (name: string) => boolean = () => true): Promise<ZipEntries> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = findEndOfCentralDirectory(view)
  if (end < 0) return failure({ code: 'zip-no-directory' })
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  if (at === 0xffffffff || count === 0xffff) return failure({ code: 'zip64' })
  const entries = new Map<string, Uint8Array>()
  const decoder = new TextDecoder()
  let inflated = 0
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_ENTRY) return damaged()
    const flags = view.getUint16(at + 8, true)
    const method = view.getUint16(at + 10, true)
    const compressedSize = view.getUint32(at + 20, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const localOffset = view.getUint32(at + 42, true)
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    at += 46 + nameLength + extraLength + commentLength
    if (!wanted(name)) continue
    if (flags & 1) return failure({ code: 'office-password' })
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL_ENTRY) return damaged()
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true)
    const data = bytes.subarray(dataStart, dataStart + compressedSize)
    if (data.length < compressedSize) return damaged()
    if (method === 0) entries.set(name, data)
    else if (method === 8) {
      const entry = await inflate(data, 'deflate-raw', Math.max(1, MAX_TOTAL_BYTES - inflated))
      if (!entry.ok) return entry.problem === 'too-large' ? tooLarge() : damaged()
      inflated += entry.bytes.length
      entries.set(name, entry.bytes)
    } else return failure({ code: 'zip-method', part: name, method })
  }
  return { ok: true, entries }
}

function tooLarge(): ZipEntries {
  return failure({ code: 'zip-too-large', megabytes: MAX_TOTAL_BYTES / 1048576 })
}

function damaged(): ZipEntries {
  return failure({ code: 'zip-damaged' })
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes at the very end.
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 65535); at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at
  }
  return -1
}
