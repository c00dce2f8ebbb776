// Word counts that guide repairs (letter spacing, look-alikes): whole words, in lower case, and for
// the vocabulary with Latin look-alikes read as the Cyrillic letters they imitate.
import { describe, expect, it } from 'vitest'
import { foldWord, vocabulary, wordCounter } from '../../aligner/text/fold.ts'

/** The reference: every run of letters and marks, lower-cased one by one. */
function referenceCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const [word] of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const lower = word.toLowerCase()
    counts.set(lower, (counts.get(lower) ?? 0) + 1)
  }
  return counts
}

describe('wordCounter', () => {
  it('counts whole words whatever their case', () => {
    const count = wordCounter('Үкімет үкіметі ҮКІМЕТ, үкімет-2; үкіметтің')
    expect(count('үкімет')).toBe(3)
    expect(count('үкіметі')).toBe(1)
    expect(count('үкіметтің')).toBe(1)
    expect(count('үкім')).toBe(0)
  })

  it('keeps combining marks inside their word and splits at digits, signs and spaces', () => {
    const count = wordCounter('йо\u0306д 12абв\u00A0абв—абв')
    expect(count('йо\u0306д')).toBe(1)
    expect(count('абв')).toBe(3)
  })

  it('reads letters outside the BMP as letters, and half a surrogate pair as none', () => {
    const count = wordCounter('𐐀𐐨 x\uD800y')
    expect(count('𐐨𐐨')).toBe(1)
    expect(count('x')).toBe(1)
    expect(count('y')).toBe(1)
  })

  it('agrees with lower-casing each run of letters on a mixed text', () => {
    const text = 'Статья 5. ҚАЗАҚСТАН Республикасы мен Ресей Федерациясы; Article V, ΣΟΦΙΑ σοφία İstanbul Straße ǅemal\n'.repeat(3)
    const count = wordCounter(text)
    for (const [word, expected] of referenceCounts(text)) expect([word, count(word)]).toEqual([word, expected])
  })

  it('given letters, counts the words holding one of them in either case, and no other', () => {
    const text = 'Үкімет үкіметі ҮКІМЕТ Уағдаласушы уағдаласушы Тараптар тараптар Yкімет'
    const count = wordCounter(text, 'уү')
    expect(count('үкімет')).toBe(2)
    expect(count('үкіметі')).toBe(1)
    expect(count('уағдаласушы')).toBe(2)
    expect(count('тараптар')).toBe(0)
    expect(count('yкімет')).toBe(0)
    const all = referenceCounts(text)
    for (const word of ['үкімет', 'үкіметі', 'уағдаласушы']) expect(count(word)).toBe(all.get(word))
  })
})

describe('vocabulary', () => {
  it('merges the spellings that fold to one word', () => {
    const counts = vocabulary('Үкiметi үкіметі ҮКІМЕТІ Ёлка елка')
    expect(counts.get(foldWord('үкіметі'))).toBe(3)
    expect(counts.get('елка')).toBe(2)
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(5)
  })
})
