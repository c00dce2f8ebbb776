// Folding for comparisons: lower case and Latin look-alikes read as the Cyrillic letters they
// imitate, so `Үкiметi` and `Үкіметі` count as one word. Never used to change the text itself.
import { bmpTable } from './char-table.ts'

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
  const folded = new Map<string, number>()
  for (const [word, count] of lowerCaseWordCounts(text)) {
    const key = foldWord(word)
    folded.set(key, (folded.get(key) ?? 0) + count)
  }
  return folded
}

/**
 * Counts of the words (runs of letters and marks) of a text, each in lower case. The text is not
 * lower-cased as a whole: a copy of a long text costs more than the count, and most words need no
 * change. Only words holding a letter with a lower case of its own are lower-cased.
 */
function lowerCaseWordCounts(text: string, wanted: Uint8Array | null = null): Map<string, number> {
  const counts = new Map<string, number>()
  let start = -1
  let needsLowerCase = false
  let isWanted = wanted === null
  for (let at = 0; at <= text.length; ) {
    const kind = at < text.length ? kindAt(text, at) : NOT_LETTER
    if (kind !== NOT_LETTER) {
      if (start < 0) start = at
      needsLowerCase ||= kind === HAS_LOWER_CASE || kind === ASTRAL_LETTER
      isWanted ||= wanted![text.charCodeAt(at)] === 1
      at += kind === ASTRAL_LETTER ? 2 : 1
      continue
    }
    if (start >= 0) {
      if (isWanted) {
        const word = needsLowerCase ? text.slice(start, at).toLowerCase() : text.slice(start, at)
        counts.set(word, (counts.get(word) ?? 0) + 1)
      }
      start = -1
      needsLowerCase = false
      isWanted = wanted === null
    }
    at += at < text.length && (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1
  }
  return counts
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u
/** What a character is to word counting. */
const LETTER = 0
/** A letter whose lower case is another character (capitals, title-case letters). */
const HAS_LOWER_CASE = 1
const NOT_LETTER = 2
/** A letter or mark outside the BMP (two code units): its word is lower-cased whatever it is. */
const ASTRAL_LETTER = 3

/** Half a surrogate pair is not a letter by itself. */
const bmpKind = bmpTable((char) => (!LETTER_OR_MARK.test(char) ? NOT_LETTER : char.toLowerCase() === char ? LETTER : HAS_LOWER_CASE))

function kindAt(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (!isHighSurrogate(code)) return bmpKind(code)
  const point = text.codePointAt(at)!
  return point > 0xffff && LETTER_OR_MARK.test(String.fromCodePoint(point)) ? ASTRAL_LETTER : NOT_LETTER
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
 * with many words to ask about (one typed with a Latin y for у throughout). Given `letters` (BMP,
 * lower case), only words holding one of them, in either case, are counted: the caller asks about
 * no other, and most words of a long text then cost no entry in the table.
 */
export function wordCounter(text: string, letters?: string): (word: string) => number {
  let counts: Map<string, number> | null = null
  return (word) => (counts ??= lowerCaseWordCounts(text, letters === undefined ? null : letterSet(letters))).get(word) ?? 0
}

/** A lookup by UTF-16 code: 1 for the letters given and their upper case. */
function letterSet(letters: string): Uint8Array {
  const set = new Uint8Array(0x10000)
  for (const letter of letters + letters.toUpperCase()) set[letter.charCodeAt(0)] = 1
  return set
}
