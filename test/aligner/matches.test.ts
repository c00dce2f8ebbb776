import { describe, expect, it } from 'vitest'
import { matchesIn } from '../../aligner/text/matches.ts'

const found = (matches: Iterable<RegExpMatchArray>) => [...matches].map((match) => [match.index, ...match])

describe('matchesIn: every match of a global pattern, as matchAll gives them', () => {
  it.each([
    ['numbers', /\d+(?:[.,]\d+)?/g, 'от 12.05.2003 года № 45, 1,5 и 7'],
    ['months, any case', /(?:январ|қаңтар)/giu, 'Январь, 5 қаңтар, ЯНВАРЯ'],
    ['groups', /(\d{1,2})\.(\d{1,2})\.(\d{4})/g, '01.02.2003 и 4.5.2006'],
    ['empty matches', /\d*/g, 'a1b22c'],
    ['empty matches between the halves of a surrogate pair', /(?:)/gu, 'a𝐀b'],
    ['no match', /\d+/g, 'нет цифр'],
  ])('%s', (_name, pattern, text) => {
    expect(found(matchesIn(text, pattern))).toEqual(found(text.matchAll(new RegExp(pattern))))
  })

  it('starts from the start of the text whatever the pattern was used for before', () => {
    const pattern = /\d/g
    pattern.test('x1y2')
    expect(found(matchesIn('1 2', pattern))).toEqual([[0, '1'], [2, '2']])
  })

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => [...matchesIn('1', /\d/)]).toThrow(TypeError)
  })
})
