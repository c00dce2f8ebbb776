// List numbers as word processors write them (Word's and LibreOffice's lists), by Word's names for
// the formats; the .doc and .odt readers map their own format codes to these names. Letters go
// a…z, then aa…zz, aaa… (the letter repeated, not counted in base 26 as a browser counts `<ol type="a">`).
import { toRoman } from '../text/roman.ts'

const LATIN_LETTERS = 'abcdefghijklmnopqrstuvwxyz'
/** Cyrillic list letters: й, ъ, ы, ь and a few more are skipped. */
const RUSSIAN_LETTERS = 'абвгдежзиклмнопрстуфхцчшщэюя'

/** Letter labels beyond ten repeats (`aaaaaaaaaa`) are written as numbers: no document counts that far. */
const MAX_LETTER_REPEATS = 10

/** `decimal`, `lowerLetter`, `upperRoman`, `russianLower`, `decimalZero`…; any other name writes the number in digits. */
export function formatListNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return repeatedLetters(value, LATIN_LETTERS)
    case 'upperLetter':
      return repeatedLetters(value, LATIN_LETTERS).toUpperCase()
    case 'russianLower':
      return repeatedLetters(value, RUSSIAN_LETTERS)
    case 'russianUpper':
      return repeatedLetters(value, RUSSIAN_LETTERS).toUpperCase()
    case 'lowerRoman':
      return toRoman(value).toLowerCase()
    case 'upperRoman':
      return toRoman(value)
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value)
    default:
      return String(value)
  }
}

function repeatedLetters(value: number, alphabet: string): string {
  if (value < 1 || value > alphabet.length * MAX_LETTER_REPEATS) return String(value)
  const letter = alphabet[(value - 1) % alphabet.length]!
  return letter.repeat(Math.floor((value - 1) / alphabet.length) + 1)
}
