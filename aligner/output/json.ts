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
  for (let index = 0; index < entries.length; ) {
    const [key, field] = entries[index]!
    // Elements of a list that are not lists themselves (pairs, units) are small: several in one piece.
    if (key === null && !Array.isArray(field)) {
      let end = index + 1
      while (end < entries.length && end - index < ELEMENTS_PER_PIECE && !Array.isArray(entries[end]![1])) end++
      yield elementsText(entries.slice(index, end).map(([, element]) => element), depth) + (end === entries.length ? '\n' : ',\n')
      index = end
      continue
    }
    yield key === null ? pad : `${pad}${JSON.stringify(key)}: `
    yield* chunksOf(field, depth + 1)
    yield ++index === entries.length ? '\n' : ',\n'
  }
  yield INDENT.repeat(depth) + close
}

/**
 * Most elements of a list written by one JSON.stringify: one call per element (and one
 * re-indentation) cost more than the writing itself on a large alignment, and a piece stays small.
 */
const ELEMENTS_PER_PIECE = 64

/** Elements of a list at `depth`, as JSON.stringify writes them there, separated by `,\n`, without the brackets. */
function elementsText(elements: unknown[], depth: number): string {
  // The elements stand one level deep in a list of their own: `depth` more spaces put them where they belong.
  const list = stringified(elements, depth)
  return list.slice('[\n'.length, list.length - ('\n' + INDENT.repeat(depth) + ']').length)
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
