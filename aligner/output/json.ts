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
  let perPiece = 1
  for (let index = 0; index < entries.length; ) {
    const [key, field] = entries[index]!
    // Elements of a list that are not lists themselves (pairs, units) go several to a piece.
    if (key === null && !Array.isArray(field)) {
      let end = index + 1
      while (end < entries.length && end - index < perPiece && !Array.isArray(entries[end]![1])) end++
      const piece = elementsText(entries.slice(index, end).map(([, element]) => element), depth)
      yield piece + (end === entries.length ? '\n' : ',\n')
      perPiece = nextPieceCount(perPiece, piece.length)
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
 * Elements of a list are written several at a time, by one JSON.stringify: one call (and one
 * re-indentation) per element cost more than the writing itself on a large alignment. The count
 * doubles while pieces are short and halves when one is long, so a piece stays near PIECE_CHARS,
 * or one element when a single element is longer.
 */
const PIECE_CHARS = 1 << 16
const MOST_ELEMENTS_PER_PIECE = 64

function nextPieceCount(count: number, pieceLength: number): number {
  if (pieceLength > PIECE_CHARS) return Math.max(1, count >> 1)
  return pieceLength < PIECE_CHARS / 4 ? Math.min(MOST_ELEMENTS_PER_PIECE, count * 2) : count
}

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
