// Reads a file the user named and turns every way one can fail into a reason that says what to do.
import { readFileSync, statSync } from 'node:fs'
import type { Failure } from '../../aligner/problems.ts'

/** Largest input accepted: legal texts are far smaller; a larger file is surely the wrong one. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024

export type ReadResult = { ok: true; bytes: Uint8Array } | Failure

export function readInputFile(path: string): ReadResult {
  let size: number
  try {
    const stat = statSync(path)
    if (stat.isDirectory()) return { ok: false, problem: 'missing', reason: 'is a folder, not a file; give the path of the text file inside it' }
    size = stat.size
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { ok: false, problem: 'missing', reason: 'no such file; check the path' }
    if (code === 'EACCES') return { ok: false, problem: 'missing', reason: 'cannot be read (permission denied)' }
    return { ok: false, problem: 'missing', reason: `cannot be read (${code ?? String(error)})` }
  }
  if (size > MAX_INPUT_BYTES) return { ok: false, problem: 'too-large', reason: `is ${Math.round(size / 1048576)} MB, larger than the ${MAX_INPUT_BYTES / 1048576} MB Egiz reads; is it the right file?` }
  try {
    return { ok: true, bytes: readFileSync(path) }
  } catch (error) {
    return { ok: false, problem: 'missing', reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` }
  }
}
