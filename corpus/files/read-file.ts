// Reads a file the user named and turns every way one can fail into a reason that says what to do.
// Only regular files are read (a FIFO, a device such as /dev/zero or a socket would block or never
// end), and the size limit holds while reading, not only by what stat said before.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs'
import { failure, type Failure } from '../../aligner/problems.ts'

/** Largest input accepted: legal texts are far smaller; a larger file is surely the wrong one. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024
const CHUNK_BYTES = 1024 * 1024

export type ReadResult = { ok: true; bytes: Uint8Array } | Failure

export function readInputFile(path: string): ReadResult {
  try {
    const stat = statSync(path)
    if (stat.isDirectory()) return failure({ code: 'is-folder' })
    if (!stat.isFile()) return failure({ code: 'not-regular-file' })
    if (stat.size > MAX_INPUT_BYTES) return tooLarge(stat.size)
  } catch (error) {
    return cannotRead(error)
  }
  let fd: number
  try {
    // O_NONBLOCK: should the path become a FIFO between stat and open, opening does not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    return cannotRead(error)
  }
  try {
    if (!fstatSync(fd).isFile()) return failure({ code: 'not-regular-file' })
    return readBounded(fd)
  } catch (error) {
    return cannotRead(error)
  } finally {
    closeSync(fd)
  }
}

/** Reads to the end, refusing as soon as more than MAX_INPUT_BYTES arrive (a file that grows while read). */
function readBounded(fd: number): ReadResult {
  const chunks: Buffer[] = []
  let total = 0
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES)
    const read = readSync(fd, chunk, 0, CHUNK_BYTES, null)
    if (read === 0) break
    total += read
    if (total > MAX_INPUT_BYTES) return tooLarge(total)
    chunks.push(read === CHUNK_BYTES ? chunk : chunk.subarray(0, read))
  }
  const bytes = Buffer.concat(chunks, total)
  return { ok: true, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) }
}

function tooLarge(size: number): Failure {
  return failure({ code: 'file-too-large', megabytes: Math.round(size / 1048576), max: MAX_INPUT_BYTES / 1048576 })
}

function cannotRead(error: unknown): Failure {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return failure({ code: 'no-such-file' })
  if (code === 'EACCES') return failure({ code: 'permission-denied' })
  return failure({ code: 'unreadable', error: code ?? String(error) })
}
