// Letters and scripts counted by table must equal what the Unicode property patterns count.
import { describe, expect, it } from 'vitest'
import { scriptCounts } from '../../../aligner/checks/script-counts.ts'

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0

describe('scriptCounts', () => {
  it('counts as \\p{L}, \\p{Script=Latin} and \\p{Script=Cyrillic} do, by code point', () => {
    const texts = [
      'Статья 5. Қазақстан Республикасы мен Finland, ª º ǅ ʰ',
      'COMIAC СОМІАС 2.1) «Үкiметi» й\u0306 ҷ\u0483 — № 12',
      'Greek ΣΟΦΙΑ, 𐐀𐐨 (Deseret), lone \uD800 and \uDC00 halves, 漢字',
      '',
    ]
    for (const text of texts) {
      expect(scriptCounts(text)).toEqual({ letters: count(text, /\p{L}/gu), latin: count(text, /\p{Script=Latin}/gu), cyrillic: count(text, /\p{Script=Cyrillic}/gu) })
    }
  })
})
