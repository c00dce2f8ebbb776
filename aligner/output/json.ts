// The JSON output, written as it is produced: each array of the top-level object (the pairs, the
// diagnostics) one element at a time, so a large alignment never exists twice in memory as one
// string. The text is exactly JSON.stringify(value, null, 1) followed by a newline.

const INDENT = ' '

/** Chunks of `JSON.stringify(value, null, 1) + '\n'` for a plain object, streaming its arrays. */
export function* jsonChunks(value: Record<string, unknown>): Generator<string> {
  const entries = Object.entries(value).filter(([, field]) => field !== undefined && typeof field !== 'function')
  if (entries.length === 0) return yield '{}\n'
  yield '{\n'
  for (const [index, [key, field]] of entries.entries()) {
    const last = index === entries.length - 1
    yield `${INDENT}${JSON.stringify(key)}: `
    if (Array.isArray(field) && field.length > 0) {
      yield '[\n'
      for (const [k, element] of field.entries()) yield `${nested(element, 2)}${k === field.length - 1 ? '\n' : ',\n'}`
      yield `${INDENT}]`
    } else {
      yield JSON.stringify(field, null, 1).replace(/\n/g, `\n${INDENT}`)
    }
    yield last ? '\n' : ',\n'
  }
  yield '}\n'
}

/** An element at `depth`, indented as JSON.stringify indents it there (null where it writes null). */
function nested(element: unknown, depth: number): string {
  const pad = INDENT.repeat(depth)
  const text = JSON.stringify(element, null, 1) ?? 'null'
  return pad + text.replace(/\n/g, `\n${pad}`)
}
