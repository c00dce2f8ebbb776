import { describe, expect, it } from 'vitest'
import { extractRtf } from '../../../aligner/formats/rtf.ts'

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0))

function read(rtf: string) {
  const result = extractRtf(ascii(rtf))
  if (!result.ok) throw new Error(result.reason)
  return result.extracted
}

describe('extractRtf', () => {
  it('reads Kazakh letters from \\u with the \\uc fallbacks skipped', () => {
    // ә = 1241, ө = 1257, ұ = 1201; fallback "?" after each (\uc1), then two-character fallbacks (\uc2).
    expect(read('{\\rtf1\\ansi\\uc1 \\u1241?\\u1257?\\u1201?{\\uc2\\u1179\\\'3f\\\'3f}\\par}').text).toBe('әөұқ')
  })

  it('keeps the digits of superscript text raised: an inserted article `5` and a raised `1` is 5¹, not 51', () => {
    expect(read('{\\rtf1\\ansi Article 5{\\super 1}. Goals, 10\\super 2\\nosupersub  m\\par}').text).toBe('Article 5¹. Goals, 10² m')
  })

  it('takes the Unicode text of an \\upr group, not its ANSI twin', () => {
    const rtf = "{\\rtf1\\ansi {\\upr{\\'3f\\'3f\\'3f}{\\*\\ud{\\u1178?\\u1201?\\u1179?}}} end\\par}"
    expect(read(rtf).text).toBe('Құқ end')
  })

  it('decodes \\\'hh bytes in the document code page and the font\'s charset', () => {
    const rtf = '{\\rtf1\\ansi\\ansicpg1251{\\fonttbl{\\f0\\fcharset204 Times New Roman;}{\\f1\\fcharset0 Arial;}}\\f0 \\\'d1\\\'f2\\\'e0\\\'f2\\\'fc\\\'ff 1\\par\\f1 caf\\\'e9\\par}'
    expect(read(rtf).text).toBe('Статья 1\ncafé')
  })

  it('keeps list numbers written in \\listtext or \\pntext, marked as generated as the .docx reader marks its own, and skips the * destinations', () => {
    const rtf = '{\\rtf1\\ansi{\\*\\generator Word;}{\\listtext\\pard\\plain  1)\\tab}\\u1178?\\u1201?\\u1179?\\u1179?\\par{\\pntext\\f1 2.\\tab}\\u1045?\\u1082?\\u1110?\\u1085?\\u1096?\\u1110?\\par}'
    const extracted = read(rtf)
    expect(extracted.text).toBe('1) Құққ\n2. Екінші')
    expect(extracted.generated!.map(([start, end]) => extracted.text.slice(start, end))).toEqual(['1) ', '2. '])
  })

  it('keeps footnotes and headers apart, and the interrupted paragraph whole', () => {
    const rtf = '{\\rtf1\\ansi{\\header \\pard Header text\\par}Body starts{\\super\\chftn}{\\footnote \\pard{\\super\\chftn} Note text.}and goes on.\\par}'
    const extracted = read(rtf)
    expect(extracted.text).toBe('Body startsand goes on.')
    expect(extracted.apart).toEqual([
      { kind: 'header', label: '1', text: 'Header text' },
      { kind: 'footnote', label: '1', text: 'Note text.' },
    ])
    // LibreOffice marks the footnote `\\*`, which asks only readers that do not know it to skip it.
    const libreOffice = read('{\\rtf1\\ansi Body{{\\super \\chftn{\\*\\footnote \\chftn\\pard\\plain Note.}}} goes on.{\\*\\generator x;}\\par}')
    expect([libreOffice.text, libreOffice.apart]).toEqual(['Body goes on.', [{ kind: 'footnote', label: '1', text: 'Note.' }]])
  })

  it('turns \\cell into tabs, \\row and \\line into new lines, and control symbols into their characters', () => {
    expect(read('{\\rtf1 A\\cell B\\cell\\row C\\line D\\~E \\{x\\}\\par}').text).toBe('A\tB\nC\nD\u00A0E {x}')
  })

  it('leaves out a group only where \\* opens it, not for a \\* before a formatting word in the text', () => {
    // As older LibreOffice wrote a character style: {\f0\*\cs7 …} is text.
    expect(read('{\\rtf1\\ansi{\\*\\bkmkstart x}{\\f0\\*\\cs7 The quick brown fox}\\par}').text).toBe('The quick brown fox')
  })

  it('leaves out list definitions also where a writer puts them outside \\listtable', () => {
    const rtf = "{\\rtf1\\ansi{\\list\\listtemplateid1{\\listlevel\\levelnfc0{\\leveltext \\'02\\'00.}{\\levelnumbers \\'01}}{\\listname L;}\\listid7}Статья\\par}"
    expect(extractRtf(Uint8Array.from(Buffer.from(rtf, 'latin1')))).toMatchObject({ ok: true })
    expect(read('{\\rtf1\\ansi{\\list{\\listlevel{\\leveltext \\\'02\\\'00.}}{\\listname L;}}Text\\par}').text).toBe('Text')
  })

  it('reads a symbol font\'s bytes as its glyphs, and double-byte code pages as such', () => {
    const symbol = "{\\rtf1\\ansi{\\fonttbl{\\f0\\fcharset0 Arial;}{\\f3\\fcharset2 Symbol;}{\\f4\\fcharset2 Wingdings;}}\\f0 15 {\\f3\\'6d}g {\\f3\\'b1}2 {\\f4\\'fe}ok\\par}"
    expect(read(symbol).text).toBe('15 μg ±2 ok')
    // Shift-JIS (\fcharset128): 念 is 0x94 0x4F.
    expect(read("{\\rtf1\\ansi{\\fonttbl{\\f15\\fcharset128 MS Gothic;}}\\f15 \\'94\\'4f\\par}").text).toBe('念')
  })

  it('turns half a surrogate pair named alone by \\u into U+FFFD, keeping whole pairs', () => {
    expect(read('{\\rtf1\\ansi\\uc0 a\\u-10240 b\\u-10179\\u-8704 c\\par}').text).toBe('a\uFFFDb\u{1F600}c')
  })

  it('refuses a file cut short and a file that is not RTF', () => {
    expect(extractRtf(ascii('{\\rtf1 text without end'))).toMatchObject({ ok: false, problem: 'damaged', reason: expect.stringContaining('cut short') })
    expect(extractRtf(ascii('hello'))).toMatchObject({ ok: false, problem: 'unsupported', reason: expect.stringContaining('not an RTF file') })
  })
})
