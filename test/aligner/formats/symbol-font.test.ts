// Characters Word inserted from a font (Insert → Symbol): in a .docx a <w:sym>, in a .doc a stand-in
// `(` whose character properties (sprmCSymbol) name the font and the code.
import { describe, expect, it } from 'vitest'
import { insertedSymbol } from '../../../aligner/formats/symbol-font.ts'
import { symbolSetting } from '../../../aligner/formats/doc-sprms.ts'
import { extractFile } from '../../../aligner/formats/extract.ts'
import { buildDocx } from '../../helpers/build-docx.ts'

describe('inserted symbols', () => {
  it('read the Symbol font as the Unicode characters its glyphs are, addressed either way', () => {
    expect(insertedSymbol('Symbol', 0xf06d)).toBe('μ')
    expect(insertedSymbol('Symbol', 0x6d)).toBe('μ')
    expect(insertedSymbol('Symbol', 0xf0b1)).toBe('±')
    expect(insertedSymbol('Symbol', 0xf0a3)).toBe('≤')
    expect(insertedSymbol('Symbol', 0xf0b7)).toBe('•')
    expect(insertedSymbol('Symbol', 0xf028)).toBe('(')
  })

  it('give nothing for a picture font or a piece of a larger sign, and ordinary fonts their own character', () => {
    expect(insertedSymbol('Wingdings', 0xf0fe)).toBe('')
    expect(insertedSymbol('Wingdings', 0x6f)).toBe('')
    expect(insertedSymbol('Symbol', 0xf0e6)).toBe('')
    expect(insertedSymbol('Times New Roman', 0x2116)).toBe('№')
    expect(insertedSymbol('Arial', 0xf020)).toBe('')
    expect(insertedSymbol('Symbol', Number.NaN)).toBe('')
  })

  it('are found in a .doc run\'s properties: the font index and the code after other modifiers', () => {
    // sprmCIstd 10 (two-byte operand), then sprmCSymbol: font 3, code F06D.
    const grpprl = Uint8Array.from([0x30, 0x4a, 0x0a, 0x00, 0x09, 0x6a, 0x03, 0x00, 0x6d, 0xf0])
    expect(symbolSetting(grpprl)).toEqual({ font: 3, code: 0xf06d })
    expect(symbolSetting(grpprl.subarray(0, 4))).toBeNull()
    // Cut inside its operand: no setting rather than one read beyond the list.
    expect(symbolSetting(grpprl.subarray(0, 8))).toBeNull()
  })

  it('stand in a .docx as the text they show', async () => {
    const sym = (font: string, char: string) => `<w:r><w:sym w:font="${font}" w:char="${char}"/></w:r>`
    const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`
    const body = [`<w:p>${run('Доза 15 ')}${sym('Symbol', 'F06D')}${run('г, отметка ')}${sym('Wingdings', 'F0FE')}${run(', ')}${sym('Times New Roman', '2116')}${run(' 5.')}</w:p>`]
    const read = await extractFile('dose.docx', buildDocx({ body }))
    expect(read.ok && read.extracted.text).toBe('Доза 15 μг, отметка , № 5.')
  })
})
