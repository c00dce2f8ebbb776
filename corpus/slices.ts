// Long reads the app does without holding its event loop (an export, the terms check): the work is
// cut into slices of SLICE_MS with a turn of the loop between them, and an exported file is kept
// in chunks rather than one string.
import { ExportedTmxCheck } from '../aligner/tmx/check.ts'

/** Work a long read (an export, the terms check) does between two turns of the app's event loop. */
export const SLICE_MS = 20
/** Characters of an exported file in one of its chunks. */
export const EXPORT_CHUNK_CHARS = 1 << 20

/** Tells a long task when to let the event loop run, and lets it. */
export class Slices {
  private sliceStart = performance.now()
  private readonly milliseconds: number

  constructor(milliseconds: number) {
    this.milliseconds = milliseconds
  }

  due(): boolean {
    return performance.now() - this.sliceStart >= this.milliseconds
  }

  async pause(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve))
    this.sliceStart = performance.now()
  }
}

/** Pieces of text gathered into chunks of about `size` characters. */
export class Chunks {
  private readonly done: string[] = []
  private pending: string[] = []
  private pendingSize = 0
  private readonly size: number

  constructor(size: number) {
    this.size = size
  }

  add(piece: string): void {
    this.pending.push(piece)
    this.pendingSize += piece.length
    if (this.pendingSize >= this.size) this.flush()
  }

  end(): string[] {
    this.flush()
    return this.done
  }

  private flush(): void {
    if (this.pending.length > 0) this.done.push(this.pending.join(''))
    this.pending = []
    this.pendingSize = 0
  }
}

/** The TMX check of an exported file, a chunk at a time (never the whole file as bytes). */
export async function checkExportInSlices(chunks: string[], units: number, slices: Slices): Promise<string | null> {
  const check = new ExportedTmxCheck(units)
  const encoder = new TextEncoder()
  for (const chunk of chunks) {
    const problem = check.add(encoder.encode(chunk))
    if (problem) return problem
    if (slices.due()) await slices.pause()
  }
  return check.finish()
}
