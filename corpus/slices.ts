// Long work done without holding the event loop: cut into slices with a turn of the loop between
// them (the app's export and terms check, so the screen goes on answering; the command line's
// writing, so a Ctrl-C gets in), and text gathered into chunks as it is produced.

/** Work a long read of the app's (an export, the terms check) does between two turns of the event loop. */
export const SLICE_MS = 20

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

/** Characters of a chunk: writes of about 64 KB (few system calls, little memory). */
const CHUNK_CHARS = 1 << 16

/** Pieces of text gathered into chunks of about CHUNK_CHARS, as they are produced. */
export function* batched(pieces: Iterable<string>): Generator<string> {
  let pending: string[] = []
  let pendingSize = 0
  for (const piece of pieces) {
    pending.push(piece)
    pendingSize += piece.length
    if (pendingSize < CHUNK_CHARS) continue
    yield pending.join('')
    pending = []
    pendingSize = 0
  }
  if (pending.length > 0) yield pending.join('')
}
