// Turns the bytes of a text file into a string and names the encoding it used: UTF-8 (with or
// without BOM), UTF-16 LE/BE, Windows-1251, KZ-1048 or PT154 — the encodings legal texts come in —
// or one of the older Cyrillic code pages archives keep Russian texts in (DOS 866, KOI8-R, ISO 8859-5, Mac).
import { IBM866_HIGH, ISO_8859_5_HIGH, KOI8_R_HIGH, KZ_1048_HIGH, MAC_CYRILLIC_HIGH, PT154_HIGH, WINDOWS_1251_HIGH } from './codepages.ts'
import { failure, type Failure } from '../problems.ts'
import { LETTER } from './letter-classes.ts'

export type EncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'kz-1048' | 'pt154' | 'ibm866' | 'koi8-r' | 'iso-8859-5' | 'x-mac-cyrillic'

export type DecodeResult =
  | { ok: true; text: string; encoding: EncodingName }
  | Failure

/** Share of control characters (other than tab, CR, LF, FF) above which a file is taken as binary. */
const MAX_CONTROL_SHARE = 0.01
/** Share of zero bytes in every other position that marks BOM-less UTF-16. */
const UTF16_ZERO_SHARE = 0.3
/** Share of UTF-16 high bytes (0x00, 0x04, 0x20, 0x21) on one side, and at most on the other, in BOM-less UTF-16 Cyrillic. */
const UTF16_HIGH_SHARE = 0.95
const UTF16_LOW_SIDE_SHARE = 0.5

/** Characters a Kazakh or Russian text is made of; a code page's reading is judged by the others. */
const AT_HOME = /[\t\n\r\u0020-\u007E\u00A0\u00AD«»“”„‘’–—…№§°•·©®А-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/u
/**
 * Frequent Kazakh words holding Kazakh letters: where two code pages both read the bytes as
 * Kazakh letters (KZ-1048 and PT154 put them in different places), only one reading makes words.
 */
const KAZAKH_WORDS = new RegExp(String.raw`(?<!${LETTER})(?:және|үшін|бұл|өз|әр|сәйкес|қатысты|қазақстан|республикасының|үкіметі|мемлекеттің|күшіне|келісім|тараптың|тараптар|арасындағы|ұйым|құқық|жағдайда|мүше|өзара|ынтымақтастық|мәселелер|жүзеге|өкілдері|бөлігі)(?!${LETTER})`, 'giu')

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return failure({ code: 'empty-file' })
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeUtf8(bytes.subarray(3))
    return text === null ? failure({ code: 'utf8-bom-invalid' }) : checked(text, 'utf-8-bom')
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(decodeUtf16(bytes.subarray(2), true), 'utf-16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(decodeUtf16(bytes.subarray(2), false), 'utf-16be')
  const utf16 = guessBomlessUtf16(bytes)
  if (utf16 !== null) return checked(decodeUtf16(bytes, utf16 === 'utf-16le'), utf16)
  const utf8 = decodeUtf8(bytes)
  if (utf8 !== null) return checked(utf8, 'utf-8')
  const broken = brokenUtf8(bytes)
  if (broken) return broken
  return decodeCyrillicSingleByte(bytes)
}

/** UTF-8 sequences enough to call a file UTF-8 although some of its bytes are not. */
const MIN_UTF8_SEQUENCES = 20
/** Most bad bytes, per valid multi-byte sequence, of a UTF-8 file damaged in a few places. */
const MAX_BAD_BYTE_SHARE = 0.01

/**
 * A UTF-8 file with a few bad bytes (a copy cut mid-letter, a stray byte) is UTF-8, not another code
 * page: read as one, all its Kazakh and Russian letters would be garbled. It is refused with where
 * the bad bytes are, rather than read with guessed letters.
 */
function brokenUtf8(bytes: Uint8Array): DecodeResult | null {
  const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes)
  let bad = 0
  let multiByte = 0
  for (const char of lenient) {
    if (char === '\uFFFD') bad++
    else if (char.codePointAt(0)! >= 0x80) multiByte++
  }
  if (multiByte < MIN_UTF8_SEQUENCES || bad > Math.max(3, multiByte * MAX_BAD_BYTE_SHARE)) return null
  const first = lenient.indexOf('\uFFFD')
  const before = lenient.slice(0, first)
  const line = before.split('\n').length
  const column = first - before.lastIndexOf('\n')
  return failure({ code: 'utf8-damaged', bytes: bad, line, column })
}

// eslint-disable-next-line no-control-regex -- counting control characters is the point here
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g

function checked(text: string, encoding: EncodingName): DecodeResult {
  const controls = text.match(CONTROL)?.length ?? 0
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    return failure({ code: 'binary-file' })
  }
  if (text.trim() === '') return failure({ code: 'blank-file' })
  const lost = lostLetters(text)
  if (lost) return lost
  return { ok: true, text, encoding }
}

/** A Cyrillic letter beside a question mark: `?` in the place of a letter (`?аза?стан`). */
const LETTER_BESIDE_MARK = /\p{Script=Cyrillic}\?|\?\p{Script=Cyrillic}/u
/** `?` between two letters, or opening a word before a small letter: a letter lost, not a question. */
const MARK_AMONG_LETTERS = new RegExp(String.raw`${LETTER}\?${LETTER}|^\?\p{Ll}`, 'u')
/** A word character for lost-letter words: a Cyrillic letter or the `?` that replaced one. */
const LOST_WORD_CHARACTER = /[\p{Script=Cyrillic}?]/u
/** Such words that make a text unusable: the letters are gone, and no reading brings them back. */
const MIN_LOST_WORDS = 3

function lostLetters(text: string): DecodeResult | null {
  const words = lostLetterWords(text)
  if (words.length < MIN_LOST_WORDS) return null
  const first = words[0]!
  const line = text.slice(0, first.index).split('\n').length
  return failure({ code: 'lost-letters', words: words.length, first: first.word, line })
}

/**
 * Words of Cyrillic letters and `?` in which a `?` stands for a letter. A question mark ends a word;
 * one inside a word, or opening it before a small letter, stands for a letter. Only the words around
 * each `?` are looked at, so a long text without them costs one search.
 */
function lostLetterWords(text: string): Array<{ word: string; index: number }> {
  const words: Array<{ word: string; index: number }> = []
  let mark = text.indexOf('?')
  while (mark >= 0) {
    let start = mark
    while (start > 0 && LOST_WORD_CHARACTER.test(text[start - 1]!)) start--
    let end = mark + 1
    while (end < text.length && LOST_WORD_CHARACTER.test(text[end]!)) end++
    const word = text.slice(start, end)
    if (LETTER_BESIDE_MARK.test(word) && MARK_AMONG_LETTERS.test(word)) words.push({ word, index: start })
    mark = text.indexOf('?', end)
  }
  return words
}

/** The one-byte code pages tried, Windows' first: where two read a file alike, the first is named. */
const SINGLE_BYTE: Array<[EncodingName, string]> = [
  ['windows-1251', WINDOWS_1251_HIGH],
  ['kz-1048', KZ_1048_HIGH],
  ['pt154', PT154_HIGH],
  ['ibm866', IBM866_HIGH],
  ['koi8-r', KOI8_R_HIGH],
  ['iso-8859-5', ISO_8859_5_HIGH],
  ['x-mac-cyrillic', MAC_CYRILLIC_HIGH],
]

/**
 * Frequent Russian words: where two code pages both read the bytes as Cyrillic letters (KOI8-R puts
 * them in another order than Windows-1251), only one reading makes words.
 */
const RUSSIAN_WORDS = new RegExp(String.raw`(?<!${LETTER})(?:и|в|на|не|по|для|или|что|от|при|статья|стороны|сторон|соглашения|договора|республики|настоящего|настоящее|является|государств)(?!${LETTER})`, 'giu')

/**
 * The reading with the fewest characters foreign to Kazakh and Russian, then the most frequent
 * Kazakh and Russian words.
 */
function decodeCyrillicSingleByte(bytes: Uint8Array): DecodeResult {
  const chosen = chooseSingleByteCodePage(bytes)
  return chosen.ok ? checked(chosen.text, chosen.encoding) : chosen
}

/** `high`: the code page's characters for bytes 0x80–0xFF. */
export type ChosenCodePage = { ok: true; encoding: EncodingName; high: string; text: string } | Failure

/**
 * Which one-byte Cyrillic code page `bytes` are in, and their text in it: the reading with the
 * fewest characters foreign to Kazakh and Russian, then the most frequent Kazakh and Russian
 * words. The foreign characters of every code page are counted from one count of the bytes; only
 * readings that tie on them are decoded and their words counted. When the best two readings differ
 * and nothing tells them apart, a failure quotes both rather than a guess.
 */
export function chooseSingleByteCodePage(bytes: Uint8Array): ChosenCodePage {
  const counts = new Uint32Array(256)
  for (const byte of bytes) counts[byte]!++
  const readings = SINGLE_BYTE.map(([encoding, high]) => {
    let foreign = 0
    for (let k = 0; k < 128; k++) if (counts[0x80 + k]! > 0 && !AT_HOME.test(high[k]!)) foreign += counts[0x80 + k]!
    return { encoding, high, foreign }
  })
  const fewest = Math.min(...readings.map((reading) => reading.foreign))
  const ranked = readings
    .filter((reading) => reading.foreign === fewest)
    .map((reading) => {
      const text = decodeSingleByte(bytes, reading.high)
      return { ...reading, text, words: count(text, KAZAKH_WORDS) + count(text, RUSSIAN_WORDS) }
    })
    .sort((a, b) => b.words - a.words)
  const [best, second] = ranked as [(typeof ranked)[number], (typeof ranked)[number] | undefined]
  if (second && best.text !== second.text && best.words === second.words) {
    const [a, b] = firstDifference(best.text, second.text)
    return failure({ code: 'code-page-ambiguous', first: best.encoding.toUpperCase(), second: second.encoding.toUpperCase(), readFirst: a, readSecond: b })
  }
  return { ok: true, encoding: best.encoding, high: best.high, text: best.text }
}

/** The words around the first place where two readings of the same bytes differ. */
function firstDifference(a: string, b: string): [string, string] {
  let at = 0
  while (at < a.length && a[at] === b[at]) at++
  const start = Math.max(0, a.lastIndexOf(' ', at - 1) + 1)
  const end = (text: string) => {
    const space = text.indexOf(' ', at)
    return space < 0 ? Math.min(text.length, at + 20) : space
  }
  return [a.slice(start, end(a)), b.slice(start, end(b))]
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0
}

export function decodeSingleByte(bytes: Uint8Array, high: string): string {
  const chars: string[] = new Array(bytes.length)
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!
    chars[i] = byte < 0x80 ? String.fromCharCode(byte) : high[byte - 0x80]!
  }
  return chars.join('')
}

/**
 * UTF-16 without a byte-order mark: in Kazakh and Russian text nearly every high byte is 0x00 (Latin
 * letters, digits, spaces) or 0x04 (Cyrillic), or 0x20/0x21 (dashes, quotes, №), and the other
 * bytes vary; the side where they sit tells little from big endian.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null
  const sample = Math.min(bytes.length, 8192)
  const half = sample / 2
  let highEven = 0
  let highOdd = 0
  let zeroEven = 0
  let zeroOdd = 0
  for (let i = 0; i < sample; i++) {
    const byte = bytes[i]!
    const isHigh = byte === 0x00 || byte === 0x04 || byte === 0x20 || byte === 0x21
    if (i % 2 === 0) {
      if (isHigh) highEven++
      if (byte === 0) zeroEven++
    } else {
      if (isHigh) highOdd++
      if (byte === 0) zeroOdd++
    }
  }
  // Plain ASCII in UTF-16 (zeros on one side only), or Cyrillic (high bytes on one side, not the other).
  if ((zeroOdd / half > UTF16_ZERO_SHARE && zeroEven === 0) || (highOdd / half > UTF16_HIGH_SHARE && highEven / half < UTF16_LOW_SIDE_SHARE && zeroOdd > 0)) return 'utf-16le'
  if ((zeroEven / half > UTF16_ZERO_SHARE && zeroOdd === 0) || (highEven / half > UTF16_HIGH_SHARE && highOdd / half < UTF16_LOW_SIDE_SHARE && zeroEven > 0)) return 'utf-16be'
  return null
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units = Math.floor(bytes.length / 2)
  const parts: string[] = []
  const CHUNK = 8192
  for (let start = 0; start < units; start += CHUNK) {
    const end = Math.min(units, start + CHUNK)
    const codes = new Array<number>(end - start)
    for (let i = start; i < end; i++) {
      const lo = bytes[2 * i]!
      const hi = bytes[2 * i + 1]!
      codes[i - start] = littleEndian ? lo | (hi << 8) : (lo << 8) | hi
    }
    parts.push(String.fromCharCode(...codes))
  }
  return parts.join('')
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** Strict UTF-8: returns null on any malformed, overlong or surrogate sequence. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return STRICT_UTF8.decode(bytes)
  } catch {
    return null
  }
}
