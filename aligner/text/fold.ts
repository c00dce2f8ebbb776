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

/** How words are compared when counted: in lower case, or folded (lower case and look-alikes read as Cyrillic). */
export type WordForm = 'lower' | 'folded'

/**
 * How often each of `words` (given in `form`) occurs in a text as a whole word: a run of letters
 * and marks, compared in that form. One pass over the text. A word of the text is cut out and
 * compared only when a hash of its form, computed as the pass goes, is the hash of a word asked
 * about: counting every word of a long text to answer a few questions would cost more than the
 * questions (and a table of every word). The answer is exact; the hash only filters.
 */
export function countWords(text: string, words: Iterable<string>, form: WordForm): Map<string, number> {
  const counts = new Map<string, number>()
  const wantedHashes = new Set<number>()
  // A first look-up by the hash's top bits: most words of the text are turned away there.
  const wantedTops = new Uint8Array(1 << 16)
  for (const word of words) {
    counts.set(word, 0)
    const hash = hashOfCodes(word)
    wantedHashes.add(hash)
    wantedTops[hash >>> 16] = 1
  }
  if (counts.size === 0) return counts
  const table = form === 'lower' ? LOWER_CASE : FOLDED
  const formOf = form === 'lower' ? (word: string) => word.toLowerCase() : foldWord
  /** Counts the word [start, end) if its hash says it may be asked about (or it must be compared exactly). */
  const countWord = (start: number, end: number, hash: number, exactOnly: boolean) => {
    if (!exactOnly && (wantedTops[hash >>> 16] === 0 || !wantedHashes.has(hash))) return
    const word = formOf(text.slice(start, end))
    const count = counts.get(word)
    if (count !== undefined) counts.set(word, count + 1)
  }
  let start = -1
  let hash = HASH_SEED
  let exactOnly = false
  for (let at = 0; at < text.length; ) {
    const code = text.charCodeAt(at)
    let entry = table[code]!
    if (entry === UNKNOWN) entry = table[code] = classify(code, form)
    let width = 1
    if (entry === HIGH_SURROGATE) {
      // A letter outside the BMP is compared exactly; half a surrogate pair is no letter.
      const point = text.codePointAt(at)!
      width = point > 0xffff ? 2 : 1
      entry = width === 2 && LETTER_OR_MARK.test(String.fromCodePoint(point)) ? CHANGES_LENGTH : NOT_LETTER
    }
    if (entry !== NOT_LETTER) {
      if (start < 0) {
        start = at
        hash = HASH_SEED
        exactOnly = false
      }
      if (entry === CHANGES_LENGTH) exactOnly = true
      else hash = nextHash(hash, entry - CODE_OFFSET)
    } else if (start >= 0) {
      countWord(start, at, hash, exactOnly)
      start = -1
    }
    at += width
  }
  if (start >= 0) countWord(start, text.length, hash, exactOnly)
  return counts
}

const HASH_SEED = 0x811c9dc5

/** FNV-1a over UTF-16 code units. */
function nextHash(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193)
}

function hashOfCodes(word: string): number {
  let hash = HASH_SEED
  for (let k = 0; k < word.length; k++) hash = nextHash(hash, word.charCodeAt(k))
  return hash
}

/**
 * What each BMP code unit is to counting, per form, filled as characters are met: not a letter, a
 * high surrogate (decided with the next unit), a letter whose form is not one code unit of its own
 * (`İ` lower-cases to two, a capital sigma to σ or ς by its place in the word: its word is compared
 * exactly, whatever its hash), or a letter or mark with the code of its form plus CODE_OFFSET.
 */
const UNKNOWN = 0
const NOT_LETTER = 1
const HIGH_SURROGATE = 2
const CHANGES_LENGTH = 3
const CODE_OFFSET = 4
const LOWER_CASE = new Int32Array(0x10000)
const FOLDED = new Int32Array(0x10000)

function classify(code: number, form: WordForm): number {
  if (code >= 0xd800 && code <= 0xdbff) return HIGH_SURROGATE
  const char = String.fromCharCode(code)
  if (!LETTER_OR_MARK.test(char)) return NOT_LETTER
  const formed = char === 'Σ' ? '' : form === 'lower' ? char.toLowerCase() : foldWord(char)
  return formed.length === 1 ? formed.charCodeAt(0) + CODE_OFFSET : CHANGES_LENGTH
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u
