import { describe, expect, it } from 'vitest'
import { parseTermTable, termInconsistencies } from '../../../aligner/checks/terms.ts'

describe('term consistency across confirmed pairs', () => {
  it('reports a Kazakh term rendered two ways in Russian, most used rendering first', () => {
    const found = termInconsistencies([
      { id: '1', kk: 'Уағдаласушы Тараптар келісті', ru: 'Договаривающиеся Стороны согласились' },
      { id: '2', kk: 'Уағдаласушы Тараптардың әрқайсысы', ru: 'Каждая из Договаривающихся Сторон' },
      { id: '3', kk: 'Уағдаласушы Тараптар', ru: 'Высокие Договаривающиеся Стороны' },
    ])
    expect(found).toEqual([
      {
        term: 'Contracting Parties',
        side: 'kk',
        variant: 'Уағдаласушы Тараптар',
        renderings: [
          { kk: 'Уағдаласушы Тараптар', ru: 'Договаривающиеся Стороны', pairs: ['1', '2'] },
          { kk: 'Уағдаласушы Тараптар', ru: 'Высокие Договаривающиеся Стороны', pairs: ['3'] },
        ],
      },
    ])
  })

  it('reads look-alike letters as the letters they imitate, and reports the reverse direction', () => {
    const found = termInconsistencies([
      { id: '1', kk: 'Уағдаласушы Жақтар', ru: 'Договаривающиеся Стороны' },
      { id: '2', kk: 'Уағдаласушы Тараптар', ru: 'Договаривающиеся Стороны' },
      { id: '3', kk: 'Уaғдаласушы Тараптардың', ru: 'Договаривающихся Сторон' },
    ])
    expect('Уaғдаласушы'.includes('a')).toBe(true) // a Latin a
    expect(found.map((f) => [f.side, f.variant, f.renderings.map((r) => [r.kk, r.pairs])])).toEqual([
      ['ru', 'Договаривающиеся Стороны', [['Уағдаласушы Тараптар', ['2', '3']], ['Уағдаласушы Жақтар', ['1']]]],
    ])
  })

  it('reads an editable table and says what is wrong with a bad one', () => {
    expect(parseTermTable('[{"name":"Government","kk":{"Үкімет":"үкімет"},"ru":{"Правительство":"правительств"}}]')).toMatchObject({ ok: true })
    expect(parseTermTable('{')).toMatchObject({ ok: false, reason: expect.stringContaining('not valid JSON') })
    expect(parseTermTable('[{"name":"x","kk":{"a":"("},"ru":{}}]')).toMatchObject({ ok: false, reason: expect.stringContaining('not a valid pattern') })
  })
})
