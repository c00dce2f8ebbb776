// Folding for comparisons: lower case and Latin look-alikes read as the Cyrillic letters they
// imitate, so `Үкiметi` and `Үкіметі` count as one word. Never used to change the text itself.

const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', k: 'к', m: 'м', h: 'һ', b: 'в', t: 'т',
  ə: 'ә', ɵ: 'ө',
}

const NEEDS_MAPPING = /[a-zəɵё]/

export function foldWord(word: string): string {
  const lower = word.toLowerCase()
  if (!NEEDS_MAPPING.test(lower)) return lower
  let folded = ''
  for (const char of lower) folded += LATIN_TO_CYRILLIC[char] ?? char
  return folded.replace(/ё/g, 'е')
}

/** Counts of folded words (runs of letters and marks) in a text. */
export function vocabulary(text: string): Map<string, number> {
  return wordCounts(text, (word) => (NEEDS_MAPPING.test(word) ? foldWord(word) : word))
}

/** Counts of the words (runs of letters and marks) of a text in lower case, each read by `key`. */
function wordCounts(text: string, key: (word: string) => string): Map<string, number> {
  const counts = new Map<string, number>()
  const lower = text.toLowerCase()
  let start = -1
  for (let at = 0; at <= lower.length; ) {
    const width = at < lower.length ? letterWidthAt(lower, at) : 0
    if (width > 0) {
      if (start < 0) start = at
      at += width
      continue
    }
    if (start >= 0) {
      const word = key(lower.slice(start, at))
      counts.set(word, (counts.get(word) ?? 0) + 1)
      start = -1
    }
    at += at < lower.length && isHighSurrogate(lower.charCodeAt(at)) ? 2 : 1
  }
  return counts
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u
/** Whether each UTF-16 code unit is a letter or mark: 0 not yet known, 1 yes, 2 no. Looked up, not matched, per character. */
const BMP_LETTERS = new Uint8Array(0x10000)

/** The code units of the letter or mark at `at` (2 for one outside the BMP), or 0 when there is none. */
function letterWidthAt(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (isHighSurrogate(code)) return LETTER_OR_MARK.test(String.fromCodePoint(text.codePointAt(at)!)) ? 2 : 0
  return isLetterUnit(code) ? 1 : 0
}

/** Whether one UTF-16 code unit is a letter or mark by itself (half a surrogate pair is not). */
function isLetterUnit(code: number): boolean {
  let known = BMP_LETTERS[code]!
  if (known === 0) BMP_LETTERS[code] = known = LETTER_OR_MARK.test(String.fromCharCode(code)) ? 1 : 2
  return known === 1
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/** A vocabulary built on first use only: most texts never need one. */
export function lazyVocabulary(text: string): () => Map<string, number> {
  let counts: Map<string, number> | null = null
  return () => (counts ??= vocabulary(text))
}

/**
 * Counts whole-word occurrences of lower-case words in a text. The words are counted in one pass
 * on the first question: searching the text for each word asked would be quadratic in a long text
 * with many words to ask about (one typed with a Latin y for у throughout).
 */
export function wordCounter(text: string): (word: string) => number {
  let counts: Map<string, number> | null = null
  return (word) => (counts ??= wordCounts(text, (found) => found)).get(word) ?? 0
}
