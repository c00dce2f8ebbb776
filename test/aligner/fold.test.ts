// Word counts that guide repairs (letter spacing, look-alikes): whole words, compared in lower case
// or folded (Latin look-alikes read as the Cyrillic letters they imitate).
import { describe, expect, it } from 'vitest'
import { countWords, foldWord } from '../../aligner/text/fold.ts'

/** The reference: every run of letters and marks, put in its form one by one. */
function referenceCounts(text: string, form: (word: string) => string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const [word] of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const formed = form(word)
    counts.set(formed, (counts.get(formed) ?? 0) + 1)
  }
  return counts
}

const lower = (word: string) => word.toLowerCase()

describe('countWords', () => {
  it('counts whole words whatever their case', () => {
    const counts = countWords('Үкімет үкіметі ҮКІМЕТ, үкімет-2; үкіметтің', ['үкімет', 'үкіметі', 'үкіметтің', 'үкім'], 'lower')
    expect(Object.fromEntries(counts)).toEqual({ үкімет: 3, үкіметі: 1, үкіметтің: 1, үкім: 0 })
  })

  it('keeps combining marks inside their word and splits at digits, signs and spaces', () => {
    const counts = countWords('йо\u0306д 12абв\u00A0абв—абв', ['йо\u0306д', 'абв'], 'lower')
    expect(Object.fromEntries(counts)).toEqual({ 'йо\u0306д': 1, абв: 3 })
  })

  it('reads letters outside the BMP as letters, and half a surrogate pair as none', () => {
    const counts = countWords('𐐀𐐨 x\uD800y', ['𐐨𐐨', 'x', 'y', 'xy'], 'lower')
    expect(Object.fromEntries(counts)).toEqual({ '𐐨𐐨': 1, x: 1, y: 1, xy: 0 })
  })

  it('merges the spellings that fold to one word', () => {
    const counts = countWords('Үкiметi үкіметі ҮКІМЕТІ Ёлка елка', [foldWord('үкіметі'), 'елка', 'ёлка'], 'folded')
    expect(counts.get(foldWord('үкіметі'))).toBe(3)
    expect(counts.get('елка')).toBe(2)
    // Asked in a form no word of the text has: ё is folded to е.
    expect(counts.get('ёлка')).toBe(0)
  })

  // Letters whose lower case is not one code unit of their own (İ, a capital sigma) take the exact path.
  const mixed = 'Статья 5. ҚАЗАҚСТАН Республикасы мен Ресей Федерациясы; Article V, ΣΟΦΙΑ σοφία ΟΔΟΣ İstanbul Straße ǅemal Kaзaxcтан\n'.repeat(3)

  for (const [name, form, reference] of [['lower', 'lower', lower], ['folded', 'folded', foldWord]] as const) {
    it(`agrees with putting each run of letters in ${name} form, on a mixed text`, () => {
      const expected = referenceCounts(mixed, reference)
      const counts = countWords(mixed, [...expected.keys(), 'нет', 'none'], form)
      for (const [word, count] of expected) expect([word, counts.get(word)]).toEqual([word, count])
      expect(counts.get('нет')).toBe(0)
    })
  }

  it('counts only what it is asked', () => {
    const counts = countWords('Тараптар тараптар Үкімет', ['үкімет'], 'lower')
    expect([...counts.keys()]).toEqual(['үкімет'])
    expect(countWords('Тараптар', [], 'lower').size).toBe(0)
  })
})
