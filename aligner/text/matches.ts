// Every match of a global pattern in a text: what text.matchAll(pattern) gives, without the copy of
// the pattern that matchAll makes on every call, a cost that adds up where a pattern runs for every
// sentence (content anchors, dates, references, numbers).

/**
 * The matches of `pattern` (global) in `text`, found with the pattern itself from the start of the
 * text. A loop over them must not look for the same pattern again before it ends: they share the
 * pattern's lastIndex.
 */
export function* matchesIn(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  if (!pattern.global) throw new TypeError(`matchesIn needs a global pattern: ${pattern}`)
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    // After an empty match the search moves on one character (one code point with the u flag), as matchAll's does.
    if (match[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode)
    yield match
  }
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const code = text.charCodeAt(index)
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1
}
