// How many letters a text has, and how many of its characters are in Latin and in Cyrillic script:
// what tells a block laid out in Latin (a letterhead, an address) or a Russian passage in the
// Kazakh version. Counted by looking each character up, not by listing matches: a check asks this
// of every pair, and a list of one-letter matches cost more than the rest of the check.
import { bmpTable } from '../text/char-table.ts'

export interface ScriptCounts {
  /** Characters of \p{L}. */
  letters: number
  /** Characters of \p{Script=Latin}. */
  latin: number
  /** Characters of \p{Script=Cyrillic}. */
  cyrillic: number
}

const LETTER = 1
const LATIN = 2
const CYRILLIC = 4

function flagsOf(char: string): number {
  return (/\p{L}/u.test(char) ? LETTER : 0) | (/\p{Script=Latin}/u.test(char) ? LATIN : 0) | (/\p{Script=Cyrillic}/u.test(char) ? CYRILLIC : 0)
}

const bmpFlags = bmpTable(flagsOf)

export function scriptCounts(text: string): ScriptCounts {
  const counts = { letters: 0, latin: 0, cyrillic: 0 }
  for (let at = 0; at < text.length; at++) {
    const point = text.codePointAt(at)!
    let flags: number
    if (point > 0xffff) {
      // A character outside the BMP (two code units): rare, matched as it comes.
      flags = flagsOf(String.fromCodePoint(point))
      at++
    } else flags = bmpFlags(point)
    if (flags & LETTER) counts.letters++
    if (flags & LATIN) counts.latin++
    if (flags & CYRILLIC) counts.cyrillic++
  }
  return counts
}
