// Letter numbering as word processors write it (Word's and LibreOffice's lists): a…z, then aa…zz,
// aaa… — the letter repeated, not counted in base 26 as a browser counts `<ol type="a">`.

export const LATIN_LETTERS = 'abcdefghijklmnopqrstuvwxyz'
/** Cyrillic list letters: й, ъ, ы, ь and a few more are skipped. */
export const RUSSIAN_LETTERS = 'абвгдежзиклмнопрстуфхцчшщэюя'

/** Letter labels beyond ten repeats (`aaaaaaaaaa`) are written as numbers: no document counts that far. */
const MAX_LETTER_REPEATS = 10

export function repeatedLetters(value: number, alphabet: string): string {
  if (value < 1 || value > alphabet.length * MAX_LETTER_REPEATS) return String(value)
  const letter = alphabet[(value - 1) % alphabet.length]!
  return letter.repeat(Math.floor((value - 1) / alphabet.length) + 1)
}
