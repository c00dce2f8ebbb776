// How many letters a text has, and how many of its characters are in Latin and in Cyrillic script:
// what tells a block laid out in Latin (a letterhead, an address) or a Russian passage in the
// Kazakh version. Counted by looking each character up, not by listing matches: a check asks this
// of every pair, and a list of one-letter matches cost more than the rest of the check.

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
const KNOWN = 8
/** The flags of each BMP character, worked out the first time it is met. */
const BMP_FLAGS = new Uint8Array(0x10000)

function flagsOf(char: string): number {
  return KNOWN | (/\p{L}/u.test(char) ? LETTER : 0) | (/\p{Script=Latin}/u.test(char) ? LATIN : 0) | (/\p{Script=Cyrillic}/u.test(char) ? CYRILLIC : 0)
}

export function scriptCounts(text: string): ScriptCounts {
  const counts = { letters: 0, latin: 0, cyrillic: 0 }
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    let flags: number
    const point = code >= 0xd800 && code <= 0xdbff ? text.codePointAt(at)! : code
    if (point > 0xffff) {
      // A character outside the BMP (two code units): rare, matched as it comes.
      flags = flagsOf(String.fromCodePoint(point))
      at++
    } else {
      flags = BMP_FLAGS[code]!
      if (flags === 0) BMP_FLAGS[code] = flags = flagsOf(String.fromCharCode(code))
    }
    if (flags & LETTER) counts.letters++
    if (flags & LATIN) counts.latin++
    if (flags & CYRILLIC) counts.cyrillic++
  }
  return counts
}
