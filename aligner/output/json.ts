// The JSON output, written as it is produced: the arrays and objects of the top levels (the pairs,
// the diagnostics, each document's units) one element at a time, each element in one piece, so a
// large alignment never exists twice in memory as one string. The text is exactly
// JSON.stringify(value, null, 1) and a newline.

const INDENT = ' '
/** Containers this deep and deeper are small (one pair, one unit): each is written in one piece. */
const STREAMED_DEPTH = 3

/** Chunks of `JSON.stringify(value, null, 1) + '\n'` for a plain object, streaming its containers. */
export function* jsonChunks(value: Record<string, unknown>): Generator<string> {
  yield* chunksOf(value, 0)
  yield '\n'
}

function* chunksOf(value: unknown, depth: number): Generator<string> {
  if (depth >= STREAMED_DEPTH || !isContainer(value)) return yield stringified(value, depth)
  const entries: Array<[string | null, unknown]> = Array.isArray(value)
    ? value.map((element) => [null, element])
    : Object.entries(value).filter(([, field]) => isWritten(field))
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}']
  if (entries.length === 0) return yield open + close
  const pad = INDENT.repeat(depth + 1)
  yield `${open}\n`
  for (const [index, [key, field]] of entries.entries()) {
    const separator = index === entries.length - 1 ? '\n' : ',\n'
    // An element of a list that is not a list itself (one pair, one unit) is small: one piece.
    if (key === null && !Array.isArray(field)) {
      yield pad + stringified(field, depth + 1) + separator
      continue
    }
    yield key === null ? pad : `${pad}${JSON.stringify(key)}: `
    yield* chunksOf(field, depth + 1)
    yield separator
  }
  yield INDENT.repeat(depth) + close
}

/** An array, or an object JSON.stringify writes field by field (no toJSON of its own). */
function isContainer(value: unknown): value is unknown[] | Record<string, unknown> {
  if (Array.isArray(value)) return true
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** Fields JSON.stringify writes (it leaves out undefined, functions and symbols). */
function isWritten(field: unknown): boolean {
  return field !== undefined && typeof field !== 'function' && typeof field !== 'symbol'
}

/** A value at `depth`, indented as JSON.stringify indents it there (null where it writes nothing). */
function stringified(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 1) ?? 'null'
  return text.replace(/\n/g, `\n${INDENT.repeat(depth)}`)
}
