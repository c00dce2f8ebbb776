// Blocks laid out with spaces in text saved one paragraph per line: found where the spaces show a
// layout (columns, lines placed at different depths, an address set deep), not in prose, lists or
// paragraphs indented alike.
import { describe, expect, it } from 'vitest'
import { laidOutBlockRanges } from '../../aligner/text/laid-out-blocks.ts'
import { normalizeText } from '../../aligner/text/normalize.ts'

const PROSE = 'От лица Международного банка реконструкции и развития (Банк) я рад сообщить Вам, что Банк согласен предоставить грант на цели проекта, описанные ниже в настоящем письме.'

const blocks = (lines: string[]) => {
  const text = lines.join('\n')
  return laidOutBlockRanges(text).map(([start, end]) => text.slice(start, end).split('\n'))
}

describe('laidOutBlockRanges', () => {
  it('takes a letterhead in columns, with its lines at the margin, up to the prose', () => {
    const letterhead = [
      'The World Bank         1818 H Street N.W.   (202) 477-1234',
      'INTERNATIONAL BANK     Washington, D.C.     Cable Address: INTBAFRAD',
      'AND DEVELOPMENT',
      '                                                  22 августа 2003 г.',
      'Г-ну Есимову А.С.',
      '                                Грант N TF 051352',
    ]
    expect(blocks([...letterhead, 'Уважаемый господин Есимов,', PROSE])).toEqual([letterhead])
  })

  it('takes a signature centred line by line, and an address set apart at one depth', () => {
    const signature = ['                     Искренне ваш,', '                       От имени', '              Международного Банка Реконструкции и Развития']
    const address = ['          Қазақстан Республикасы', '          Сыртқы істер министрлігінің', '          Бастығы']
    expect(blocks([PROSE, ...signature, '', PROSE, ...address, ''])).toEqual([signature, address])
  })

  it('keeps a heading, a point at the margin and a long line out of a block, and ends the block there', () => {
    const first = ['За Правительство                    За Правительство', 'Республики Казахстан                Республики Польша']
    expect(blocks([...first, 'Статья 2', '   Текст      текст'])).toEqual([first])
    expect(blocks(['   а)   первое', '1. Пункт', '   б)   второе'])).toEqual([])
    expect(blocks(['   Один      два', `   ${PROSE}`, '   Три      четыре'])).toEqual([])
  })

  it('leaves lists nested by indentation and paragraphs indented alike as they are', () => {
    expect(blocks(['1.  Определения:', '    а)  консульское учреждение;', '        i.  генеральное консульство;'])).toEqual([])
    expect(blocks(['    Уважаемый господин Есимов,', '    Прошу подтвердить Ваше согласие.'])).toEqual([])
    expect(blocks(['  ПРИЛОЖЕНИЕ', '  к Соглашению между', '  Правительством Республики'])).toEqual([])
    expect(blocks(['Один лишь отступ:', '                 Астана'])).toEqual([])
    // Cells apart by tabs are a table's rows: other readers keep each row a paragraph.
    expect(blocks(['Наименование\tКоличество\tСрок', 'Ракета-носитель\t2\t2025'])).toEqual([])
  })
})

describe('normalizeText of a text saved one paragraph per line', () => {
  it('makes a laid-out block one paragraph, its lines kept apart by line separators, and logs the joins', () => {
    const original = [PROSE, 'За Правительство            За Правительство', 'Республики Казахстан        Республики Польша', PROSE].join('\n')
    const normalized = normalizeText(original)
    expect(normalized.format).toBe('paragraphs')
    expect(normalized.text.split('\n')).toEqual([PROSE, 'За Правительство За Правительство\u2028Республики Казахстан Республики Польша', PROSE])
    expect(normalized.repairs.filter((repair) => repair.kind === 'line-join')).toHaveLength(1)
  })

  it('finds no block in text another reader gave (it finds its own) nor in a hard-wrapped copy', () => {
    const laidOut = ['За Правительство            За Правительство', 'Республики Казахстан        Республики Польша']
    expect(normalizeText([PROSE, ...laidOut].join('\n'), { format: 'paragraphs' }).text).not.toContain('\u2028')
    expect(normalizeText(['      Статья 1', 'Текст статьи.', ...laidOut].join('\n')).text).not.toContain('\u2028')
  })
})
