// Word 6 and Word 95 documents, read from disk through the reader every command uses: real files
// (Apache POI's test data, see test/fixtures/word6/README.md), two of them Russian.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { ExtractedText } from '../../../aligner/formats/extracted.ts'
import { documentFromBytes, readDocumentFile } from '../../../corpus/files/read-document.ts'

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/word6/${name}`, import.meta.url))

async function read(name: string): Promise<ExtractedText> {
  const result = await readDocumentFile(fixture(name))
  if (!result.ok) throw new Error(result.reason)
  return result.source.extracted!
}

/** Lines as LibreOffice's text export writes them: a table cell a line, spaces as they come. */
const cells = (text: string) => text.replace(/^\uFEFF/, '').split(/\r?\n|\t|\u2028/).map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean)

describe('Word 6 and 95 documents', () => {
  it.each(['Bug60942b.doc', 'word95err.doc', 'Word6_sections2.doc'])('%s reads as LibreOffice reads it, cell by cell', async (name) => {
    const extracted = await read(name)
    expect(cells(extracted.text)).toEqual(cells(readFileSync(fixture(`${name}.libreoffice.txt`), 'utf8')))
    expect([extracted.format, extracted.encoding]).toEqual(['doc', 'windows-1251'])
  })

  it('tells the code page from the text: Russian in Windows-1251, table rows by tabs', async () => {
    expect((await read('Bug60942b.doc')).text).toBe('Четыре балла и семь лет ')
    expect((await read('word95err.doc')).text.split('\n').slice(0, 4)).toEqual(['Компания Аскат М', 'предлагает со склада в Москве следующий ассортимент настоящих молдавских вин:', 'ВИНА ОРДИНАРНЫЕ БЕЛЫЕ', '\t  Наименование'])
  })

  it('reads the paragraphs as Apache POI does, and keeps a header, a field result in it, apart', async () => {
    expect((await read('Word6.doc')).text).toBe('The quick brown fox jumps over the lazy dog')
    expect((await read('Word95.doc')).text).toBe('The quick brown fox jumps over the lazy dog\nParagraph 2\nParagraph 3. Has some RED text and some BLUE BOLD text in it.\nLast (4th) paragraph.')
    const sections = await read('Word6_sections2.doc')
    expect(sections.text.split('\n')[0]).toBe('STATEMENT  OF  INSOLVENCY  PRACTICE  10  (SCOTLAND)')
    expect(sections.apart).toEqual([{ kind: 'header', label: '1', text: 'g:\\1998\\publicat\\sips\\sip10sco.doc' }])
  })

  it('reads a fast-saved file by its piece table', async () => {
    const extracted = await read('Bug60942.doc')
    for (const word of ['BERTHOD', 'APPLICOLOR', 'Guy LECOLE', 'Monsieur,']) expect(extracted.text).toContain(word)
    expect(extracted.apart.map((block) => block.kind)).toEqual(['header', 'header'])
  })

  it('refuses a Word 6 file whose text lies outside it, or that is encrypted, with what to do', async () => {
    const bytes = Uint8Array.from(readFileSync(fixture('Word6.doc')))
    // The WordDocument stream of a small file lies in the mini stream, at a 64-byte boundary.
    const fib = bytes.findIndex((byte, at) => at % 64 === 0 && byte === 0xdc && bytes[at + 1] === 0xa5 && bytes[at + 2] === 0x65)
    expect(fib).toBeGreaterThan(0)
    const outside = Uint8Array.from(bytes)
    new DataView(outside.buffer).setInt32(fib + 0x1c, 0x7fffffff, true)
    const outsideRead = await documentFromBytes('old.doc', outside)
    expect(outsideRead.ok ? 'read' : outsideRead.reason).toMatch(/the \.doc is damaged \(its text lies outside the file\); open it in Word or LibreOffice and save it again/)
    const encrypted = Uint8Array.from(bytes)
    encrypted[fib + 0x0b]! |= 0x01
    const encryptedRead = await documentFromBytes('old.doc', encrypted)
    expect(encryptedRead.ok ? 'read' : encryptedRead.reason).toContain('password-protected')
  })
})
