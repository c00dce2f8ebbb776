// Inflates compressed parts of a file (zip entries, PDF streams) with the platform's
// DecompressionStream, never past a ceiling: a small file built to unpack to gigabytes stops there.

export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; problem: 'too-large' | 'damaged' }

/**
 * `deflate` is zlib-wrapped (PDF streams), `deflate-raw` bare (zip entries). A stream cut short
 * keeps what it had inflated when `partial` is set (PDF readers do the same).
 */
export async function inflate(bytes: Uint8Array, format: 'deflate' | 'deflate-raw', ceiling: number, partial = false): Promise<Inflated> {
  const stream = new DecompressionStream(format)
  const writer = stream.writable.getWriter()
  // Errors surface on the reading side; the writer's promises must not go unhandled.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {})
  writer.close().catch(() => {})
  const reader = stream.readable.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value!.length
      if (size > ceiling) {
        await reader.cancel().catch(() => {})
        return { ok: false, problem: 'too-large' }
      }
      chunks.push(value!)
    }
  } catch {
    if (!partial || size === 0) return { ok: false, problem: 'damaged' }
  }
  const out = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return { ok: true, bytes: out }
}
