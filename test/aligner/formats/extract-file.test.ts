import { describe, expect, it } from 'vitest'
import { extractFile } from '../../../aligner/formats/extract.ts'
import { buildDocx, buildZip, paragraph } from '../../helpers/build-docx.ts'
import { buildPdf } from '../../helpers/build-pdf.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('extractFile', () => {
  it('tells the format by content, so a renamed file still opens', async () => {
    const docx = await extractFile('agreement.txt', buildDocx({ body: [paragraph('Келісім')] }))
    expect(docx.ok && docx.extracted.format).toBe('docx')
    const rtf = await extractFile('agreement.doc', utf8('{\\rtf1 Text\\par}'))
    expect(rtf.ok && rtf.extracted.format).toBe('rtf')
    const html = await extractFile('agreement', utf8('<!DOCTYPE html><p>Мәтін</p>'))
    expect(html.ok && html.extracted.format).toBe('html')
  })

  it('reads a .docx whose parts a generator wrote in UTF-16, as XML allows', async () => {
    const utf16 = (text: string) => Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (char) => char.charCodeAt(0)).buffer)])
    const document = `<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph('1-бап. Келісім')}</w:body></w:document>`
    const read = await extractFile('generated.docx', buildZip({ 'word/document.xml': utf16(document) }))
    expect(read.ok ? read.extracted.text : read.reason).toBe('1-бап. Келісім')
  })

  it('opens Word\'s templates and macro-enabled documents as the format they are, and refuses one that is not', async () => {
    for (const name of ['agreement.docm', 'agreement.dotx', 'agreement.dotm']) {
      const read = await extractFile(name, buildDocx({ body: [paragraph('Келісім')] }))
      expect(read.ok && [read.extracted.format, read.extracted.text]).toEqual(['docx', 'Келісім'])
    }
    const plain = await extractFile('agreement.docm', utf8('1-бап. Мәтін'))
    expect(plain.ok ? 'read' : plain.reason).toContain('named .docm but is not one')
  })

  it('opens a PDF whose header follows a byte-order mark or a printer\'s job lines, as PDF readers do', async () => {
    const pdf = buildPdf([[{ text: 'Статья 1', x: 72, y: 700 }]])
    for (const before of ['\uFEFF', '%%JOB: print ticket\r\n%%QUEUE: A\r\n']) {
      const read = await extractFile('agreement.pdf', Uint8Array.from([...utf8(before), ...pdf]))
      expect(read.ok && [read.extracted.format, read.extracted.text.trim()]).toEqual(['pdf', 'Статья 1'])
    }
    const mention = await extractFile('notes.txt', utf8('Files saved as %PDF-1.4 open everywhere.'))
    expect(mention.ok && mention.extracted.format).toBe('text')
  })

  it('reads text files with the layout left to the normaliser', async () => {
    const text = await extractFile('kk.txt', utf8('1-бап\n\n      Мәтін'))
    expect(text.ok && [text.extracted.format, text.extracted.layout, text.extracted.encoding]).toEqual(['text', 'auto', 'utf-8'])
  })

  it('names what an unsupported or mislabelled file is and what to do', async () => {
    const cases: Array<[string, Uint8Array, string, string]> = [
      ['scan.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'picture', 'unsupported'],
      ['table.ods', buildDocx({ body: [] }), 'spreadsheet', 'unsupported'],
      ['agreement.pdf', utf8('just text'), 'named .pdf but is not one', 'damaged'],
      ['empty.txt', new Uint8Array(), 'empty', 'empty'],
      ['binary.txt', Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919) % 32), 'binary data', 'unsupported'],
    ]
    for (const [name, bytes, expected, problem] of cases) {
      const result = await extractFile(name, bytes)
      expect(result.ok ? 'read' : [result.reason, result.problem]).toEqual([expect.stringContaining(expected), problem])
    }
  })
})
