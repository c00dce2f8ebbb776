// The ranges that stand for \p{L}, \p{N} and \p{M} in the regular expressions run on every command
// equal those properties on every code point of the blocks they cover, and the modules that run on
// every command use them (a \p{L} class there costs each start half a millisecond to compile).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { COVERED_BLOCKS, LETTER, LETTER_OR_MARK, WORD_CHAR } from '../../aligner/text/letter-classes.ts'

function codePointsOf(blocks: ReadonlyArray<readonly [number, number]>): string[] {
  const characters: string[] = []
  for (const [first, last] of blocks) for (let code = first; code <= last; code++) if (code < 0xd800 || code > 0xdfff) characters.push(String.fromCodePoint(code))
  return characters
}

const CLASSES: Array<[string, string, RegExp]> = [
  ['LETTER', LETTER, /^\p{L}$/u],
  ['WORD_CHAR', WORD_CHAR, /^[\p{L}\p{N}]$/u],
  ['LETTER_OR_MARK', LETTER_OR_MARK, /^[\p{L}\p{M}]$/u],
]

describe('letter classes', () => {
  it.each(CLASSES)('%s equals its Unicode property on every covered code point', (_name, range, property) => {
    const ours = new RegExp(`^${range}$`, 'u')
    const differing = codePointsOf(COVERED_BLOCKS).filter((character) => ours.test(character) !== property.test(character))
    expect(differing.map((character) => `U+${character.codePointAt(0)!.toString(16).toUpperCase()}`)).toEqual([])
  })

  it('take the letters of Kazakh, Russian and the Latin names in them, and nothing of other scripts', () => {
    const letter = new RegExp(`^${LETTER}+$`, 'u')
    for (const word of ['Қазақстан', 'ӘҒҚҢӨҰҮҺІ', 'әғқңөұүһі', 'Республика', 'Ёлка', 'Łódź', 'Müller', 'Ǵ', 'Ω']) expect(letter.test(word), word).toBe(true)
    // Outside the covered blocks: letters the texts do not use are not letters here (the limit).
    for (const word of ['中国', 'عربي', 'ქართ']) expect(letter.test(word), word).toBe(false)
  })

  // The modules `egiz align` runs on a tiny pair: a \p{L} class here would be compiled at every start.
  const EVERY_COMMAND = [
    'aligner/structure/headings.ts',
    'aligner/structure/paragraphs.ts',
    'aligner/structure/parse.ts',
    'aligner/structure/paragraph-joins.ts',
    'aligner/structure/quoted.ts',
    'aligner/structure/ordinal-numbers.ts',
    'aligner/text/sentences.ts',
    'aligner/text/decode.ts',
    'aligner/text/spacing.ts',
    'aligner/text/displaced.ts',
    'aligner/text/layout.ts',
    'aligner/align/units.ts',
    'aligner/align/sentences.ts',
    'aligner/align/features.ts',
  ]
  it.each(EVERY_COMMAND)('%s names no \\p{L}, \\p{N} or \\p{M} class', (path) => {
    const source = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
    expect(source.match(/\\\\?p\{(?:L|N|M)\}/g) ?? []).toEqual([])
  })
})
