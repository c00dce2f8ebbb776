import { describe, expect, it } from 'vitest'
import { toLatinLookalikes } from '../../aligner/text/lookalikes.ts'

describe('the code form of a text (look-alike letters in Latin)', () => {
  it('writes every Cyrillic letter that has a Latin look-alike, and the Kazakh letters of codes typed on a Kazakh keyboard, in Latin', () => {
    expect(toLatinLookalikes('СОМІАС')).toBe('COMIAC')
    expect(toLatinLookalikes('N. Ү. Ғ-І')).toBe('N. Y. F-I')
    expect(toLatinLookalikes('асеорхуікһ АВСЕНІКМОРТХУ')).toBe('aceopxyikh ABCEHIKMOPTXY')
  })

  it('leaves every other character as it is, and a text with none of those letters unchanged', () => {
    expect(toLatinLookalikes('Договор № 5 бап')).toBe('Дoгoвop № 5 бaп')
    expect(toLatinLookalikes('USD 3,825')).toBe('USD 3,825')
    expect(toLatinLookalikes('')).toBe('')
    expect(toLatinLookalikes('жылғы қаңтар 😀')).toBe('жылғы қaңтap 😀')
  })
})
