// How many letters a text has, and how many of its characters are in Latin and in Cyrillic script:
// what tells a block laid out in Latin (a letterhead, an address) or a Russian passage in the
// Kazakh version; and which of its words mix the two scripts. Counted by looking each character
// up, not by listing matches: a check asks this of every pair, and a list of one-letter matches
// cost more than the rest of the check.
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
/** A character of a word: \p{L} or \p{M}. */
const WORD = 8

function flagsOf(char: string): number {
  return (/\p{L}/u.test(char) ? LETTER : 0) | (/\p{Script=Latin}/u.test(char) ? LATIN : 0) | (/\p{Script=Cyrillic}/u.test(char) ? CYRILLIC : 0) | (/[\p{L}\p{M}]/u.test(char) ? WORD : 0)
}

/** The flags of a character (a code point): looked up in the BMP, matched as it comes outside (rare). */
function flagsOfPoint(point: number): number {
  return point > 0xffff ? flagsOf(String.fromCodePoint(point)) : bmpFlags(point)
}

const bmpFlags = bmpTable(flagsOf)

export function scriptCounts(text: string): ScriptCounts {
  const counts = { letters: 0, latin: 0, cyrillic: 0 }
  for (let at = 0; at < text.length; ) {
    const point = text.codePointAt(at)!
    const flags = flagsOfPoint(point)
    if (flags & LETTER) counts.letters++
    if (flags & LATIN) counts.latin++
    if (flags & CYRILLIC) counts.cyrillic++
    at += point > 0xffff ? 2 : 1
  }
  return counts
}

/**
 * The words (runs of \p{L} and \p{M}) holding characters of both the Latin and the Cyrillic script,
 * in order, with where each starts: one look-up a character, where matching each word took a
 * twentieth of the checks' time.
 */
export function wordsOfBothScripts(text: string): Array<{ word: string; index: number }> {
  const mixed: Array<{ word: string; index: number }> = []
  let start = -1
  let scripts = 0
  for (let at = 0; at <= text.length; ) {
    const point = at < text.length ? text.codePointAt(at)! : 0
    const flags = at < text.length ? flagsOfPoint(point) : 0
    if (flags & WORD) {
      if (start < 0) {
        start = at
        scripts = 0
      }
      scripts |= flags & (LATIN | CYRILLIC)
    } else if (start >= 0) {
      if (scripts === (LATIN | CYRILLIC)) mixed.push({ word: text.slice(start, at), index: start })
      start = -1
    }
    at += point > 0xffff ? 2 : 1
  }
  return mixed
}
