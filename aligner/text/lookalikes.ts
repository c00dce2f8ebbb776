// Replaces look-alike letters of the wrong script inside a word: Latin letters in a Cyrillic word
// (`Үкiметi`, `Kaзaxcтан`, `15-бaп`) and Cyrillic letters in a Latin word (`Ваnk`). Words written
// wholly in one script (`SG(2007)0626`, `NATO`) and one-letter list labels are left alone.
import type { TextEdit } from './edits.ts'
import { countWords } from './fold.ts'

const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', k: 'к', h: 'һ',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  ə: 'ә', Ə: 'Ә', ɵ: 'ө', Ɵ: 'Ө',
}
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', с: 'c', е: 'e', о: 'o', р: 'p', х: 'x', у: 'y', і: 'i', к: 'k', һ: 'h',
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', І: 'I', К: 'K', М: 'M', О: 'O', Р: 'P', Т: 'T', Х: 'X', У: 'Y',
}
/** Kazakh Ү/ү is the usual meaning of a Latin Y/y inside a Kazakh word (`Yкiметi`). */
const KAZAKH_Y: Record<string, string> = { y: 'ү', Y: 'Ү' }


export interface LookalikeOptions {
  /** Language of the document: decides whether a Latin Y means Kazakh Ү or У. */
  language?: 'kk' | 'ru'
  /** How often a (lower-case) word occurs in the document, to prefer a spelling it uses elsewhere. */
  wordCount?: (word: string) => number
}

/**
 * Looks only at words that mix Latin and Cyrillic letters: in Cyrillic text there are few. A word read with
 * a Latin y asks how often each of its readings (у, ү) occurs in the document; those counts are
 * taken for all such words together, in one pass over the text.
 */
export function lookalikeEdits(text: string, language?: 'kk' | 'ru'): TextEdit[] {
  const words = mixedScriptWords(text)
  // Repaired once per distinct word; a word that asked about readings, again once the counts are known.
  const firstReading = new Map<string, string | null | undefined>()
  const asked = new Set<string>()
  for (const { word } of words) {
    if (firstReading.has(word)) continue
    let asks = false
    const wordCount = (reading: string) => {
      asked.add(reading)
      asks = true
      return 0
    }
    const replacement = repairWord(word, { language, wordCount })
    firstReading.set(word, asks ? undefined : replacement)
  }
  const counts = countWords(text, asked, 'lower')
  const wordCount = (reading: string) => counts.get(reading) ?? 0
  const replacements = new Map<string, string | null>()
  for (const [word, replacement] of firstReading) replacements.set(word, replacement === undefined ? repairWord(word, { language, wordCount }) : replacement)
  const edits: TextEdit[] = []
  for (const { start, end, word } of words) {
    const replacement = replacements.get(word)!
    if (replacement !== null) edits.push({ start, end, replacement, kind: 'lookalike' })
  }
  return edits
}

/**
 * The words (runs of letters of these scripts) that mix Latin and Cyrillic letters, in one pass: a
 * word written in one script has nothing to repair (repairWord leaves it), so it is not cut out.
 */
function mixedScriptWords(text: string): Array<{ start: number; end: number; word: string }> {
  const words: Array<{ start: number; end: number; word: string }> = []
  let start = -1
  let scripts = 0
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : 0
    const letter = code < WORD_CHAR_CLASSES.length ? WORD_CHAR_CLASSES[code]! : 0
    if (letter !== 0) {
      if (start < 0) {
        start = at
        scripts = 0
      }
      scripts |= letter
      continue
    }
    if (start >= 0 && scripts === (WORD_CHAR | LATIN | CYRILLIC)) words.push({ start, end: at, word: text.slice(start, at) })
    start = -1
  }
  return words
}

const WORD_CHAR = 1
const LATIN = 2
const CYRILLIC = 4

/** The letters ANY_LATIN finds. */
function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x259 || code === 0x18f || code === 0x275 || code === 0x19f
}

/** The word with its stray letters in the word's own script, or null when nothing is stray. */
const ANY_LATIN = /[A-Za-zəƏɵƟ]/
const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/
const ANY_CYRILLIC = /[\u0400-\u04FF]/

/** Letters of the scripts these texts use (Latin with IPA ə/ɵ, combining marks, Cyrillic), by code. */
function isWordChar(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x2af && code !== 0xd7 && code !== 0xf7) || (code >= 0x300 && code <= 0x36f) || (code >= 0x400 && code <= 0x52f)
}

/**
 * Per character code below U+0530 (none above is a word character): WORD_CHAR for a word
 * character, with LATIN or CYRILLIC for a letter of that script. Looked up once per character
 * of the text instead of the comparisons above.
 */
const WORD_CHAR_CLASSES = Uint8Array.from({ length: 0x530 }, (_, code) =>
  isWordChar(code) ? WORD_CHAR | (isLatinLetter(code) ? LATIN : code >= 0x400 && code <= 0x4ff ? CYRILLIC : 0) : 0,
)

/** Latin letters with no Cyrillic look-alike, and Cyrillic letters with no Latin one: they fix a word's script. */
const REAL_LATIN = /[bdfgjlmnqrstuvwzDFGJLNQRSUVWZ]/
const REAL_CYRILLIC = /[бвгджзийлмнптфцчшщъыьэюяёәғқңөұүҺБГДЁЖЗИЙЛПФЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮөұү]/
const LATIN_LOOKALIKE = /[aceopxyikhəɵACBEHIKMOPTXYƏƟ]/g
const CYRILLIC_LOOKALIKE = /[асеорхуікһАВСЕНІКМОРТХУ]/g

/** The text with every Cyrillic letter that has a Latin look-alike written in Latin: `СОМІАС` → `COMIAC`. */
export function toLatinLookalikes(text: string): string {
  // A scan of character codes: most Cyrillic letters of a text are look-alikes, and a replace
  // calling back for each took a fifth of the checks' time.
  let latin = ''
  let copied = 0
  for (let index = 0; index < text.length; index++) {
    const replacement = LATIN_BY_CODE.get(text.charCodeAt(index))
    if (replacement === undefined) continue
    latin += text.slice(copied, index) + replacement
    copied = index + 1
  }
  return copied === 0 ? text : latin + text.slice(copied)
}

/** Kazakh letters that stand for Latin ones in codes typed on a Kazakh keyboard (`N. Ү.` for `N.Y.`, `Ғ-І` for `F-I`). */
const KAZAKH_TO_LATIN: Record<string, string> = { Ү: 'Y', ү: 'y', Ғ: 'F' }
/** Every letter toLatinLookalikes replaces, by its character code. */
const LATIN_BY_CODE = new Map(Object.entries({ ...CYRILLIC_TO_LATIN, ...KAZAKH_TO_LATIN }).map(([cyrillic, latin]) => [cyrillic.charCodeAt(0), latin]))

export function repairWord(word: string, options: LookalikeOptions = {}): string | null {
  if (!ANY_LATIN.test(word) || !ANY_CYRILLIC.test(word)) return null
  const latinIsReal = REAL_LATIN.test(word)
  const cyrillicIsReal = REAL_CYRILLIC.test(word)
  if (latinIsReal && cyrillicIsReal) return null
  const latinCount = word.match(/[A-Za-zəƏɵƟ]/g)!.length
  const cyrillicCount = word.length - latinCount
  const toLatin = () => word.replace(CYRILLIC_LOOKALIKE, (c) => CYRILLIC_TO_LATIN[c] ?? c)
  const toCyrillic = cyrillicIsReal || (!latinIsReal && cyrillicCount >= latinCount)
  if (!toCyrillic) return toLatin()
  const plain = word.replace(LATIN_LOOKALIKE, (c) => LATIN_TO_CYRILLIC[c] ?? c)
  // Russian has no һ, і, ә, ө: a Russian text's `hос` is Latin (ad hoc), not Kazakh.
  if (options.language === 'ru' && KAZAKH_ONLY.test(plain) && !KAZAKH_ONLY.test(word)) return cyrillicIsReal ? null : toLatin()
  if (!/[yY]/.test(word)) return plain
  const kazakh = word.replace(LATIN_LOOKALIKE, (c) => KAZAKH_Y[c] ?? LATIN_TO_CYRILLIC[c] ?? c)
  const seen = (w: string) => options.wordCount?.(w.toLowerCase()) ?? 0
  if (seen(kazakh) !== seen(plain)) return seen(kazakh) > seen(plain) ? kazakh : plain
  return options.language === 'kk' ? kazakh : plain
}
