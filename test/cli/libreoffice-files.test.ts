// Files made by LibreOffice — its own OpenDocument text (.odt), Word 97–2003 (.doc) and RTF — read from
// disk by the command a translator runs (test/fixtures/libreoffice/README.md): the list numbers are
// read from where each format keeps them, as Writer shows them, so the versions align by number.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { AlignmentResult } from '../../aligner/pipeline.ts'
import { documentFromBytes, readDocumentFile } from '../../corpus/files/read-document.ts'

const EGIZ = fileURLToPath(new URL('../../bin/egiz.mjs', import.meta.url))
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/libreoffice/${name}`, import.meta.url))

async function extracted(name: string) {
  const read = await readDocumentFile(fixture(name))
  if (!read.ok) throw new Error(read.reason)
  return read.source.extracted!
}

/** The list items of Writer's own text export of a file (it indents them). */
function itemsWriterShows(name: string): string[] {
  return readFileSync(fixture(`${name}.libreoffice.txt`), 'utf8').split('\n').map((line) => line.trim()).filter((line) => /^\d+[.)] /.test(line))
}

describe.each(['odt', 'doc', 'rtf'])('.%s files from LibreOffice', (extension) => {
  it.each(['kk', 'ru'])('%s: every list item carries the number Writer shows, nested and continued lists too', async (side) => {
    const lines = (await extracted(`${side}.${extension}`)).text.split('\n')
    const items = itemsWriterShows(`${side}.${extension}`)
    expect(items).toHaveLength(8)
    for (const item of items) expect(lines).toContain(item)
  })

  it('reads the paragraphs, the footnote and the letterhead as the .docx they were saved from (numbers aside)', async () => {
    for (const side of ['kk', 'ru']) {
      const file = await extracted(`${side}.${extension}`)
      const docx = await extracted(`${side}.docx`)
      const withoutLabels = (text: string) => text.replace(/^\d+[.)] /gm, '')
      expect(withoutLabels(file.text)).toBe(withoutLabels(docx.text))
      expect(file.apart.filter((block) => block.kind === 'footnote').map((block) => block.text)).toEqual(docx.apart.filter((block) => block.kind === 'footnote').map((block) => block.text))
      expect(file.generated).toHaveLength(docx.generated?.length ?? 0)
    }
  })

  it('egiz align pairs the articles by their numbers', () => {
    const output = execFileSync(process.execPath, [EGIZ, 'align', fixture(`kk.${extension}`), fixture(`ru.${extension}`), '--level', 'both', '--format', 'json'], { encoding: 'utf8' })
    const result = JSON.parse(output) as AlignmentResult
    expect(result.kk.fileFormat).toBe(extension)
    const articles = result.pairs.filter((p) => p.level === 'article' && (p.kk.labels.length > 0 || p.ru.labels.length > 0))
    expect(articles.map((p) => `${p.kk.labels.join()} | ${p.ru.labels.join()}`)).toEqual(['1-бап | Статья 1', '2-бап | Статья 2'])
    const sentences = result.pairs.filter((p) => p.level === 'sentence')
    expect(sentences.find((p) => p.ru.text.startsWith('4) ратификация'))?.kk.text).toMatch(/^4\) ратификациялау/)
    expect(sentences.filter((p) => p.kk.start < 0 || p.ru.start < 0)).toEqual([])
  })
})

describe('.doc headings numbered through their style', () => {
  it('carry the numbers Writer shows: the style puts them in the list', async () => {
    const lines = (await extracted('headings.doc')).text.split('\n')
    const shown = readFileSync(fixture('headings.doc.libreoffice.txt'), 'utf8').split('\n').map((line) => line.trim()).filter(Boolean)
    expect(lines).toEqual(shown)
    expect(lines).toContain('Статья 2. Споры')
  })
})

describe('a .doc whose writer named its streams in lower case', () => {
  it('reads as the same file does with the usual names: the format compares names in upper case', async () => {
    const bytes = Uint8Array.from(readFileSync(fixture('ru.doc')))
    const renamed = Uint8Array.from(bytes)
    for (const name of ['WordDocument', '1Table', '0Table']) {
      const utf16 = Buffer.from(name, 'utf16le')
      for (let at = renamed.indexOf(utf16[0]!); at >= 0; at = renamed.indexOf(utf16[0]!, at + 1)) {
        if (Buffer.from(renamed.subarray(at, at + utf16.length)).equals(utf16)) renamed.set(Buffer.from(name.toLowerCase(), 'utf16le'), at)
      }
    }
    expect(Buffer.from(renamed).includes(Buffer.from('worddocument', 'utf16le'))).toBe(true)
    const [usual, lower] = await Promise.all([documentFromBytes('ru.doc', bytes), documentFromBytes('ru.doc', renamed)])
    expect(lower.ok && usual.ok && lower.source.extracted?.text === usual.source.extracted?.text).toBe(true)
  })
})

describe('.doc files Egiz cannot read, refused with what to do', () => {
  const real = () => Uint8Array.from(readFileSync(fixture('ru.doc')))
  /** The Word file information block: it opens the WordDocument stream, at a sector boundary. */
  const fibAt = (bytes: Uint8Array) => {
    for (let at = 512; at + 0x0c <= bytes.length; at += 512) if (bytes[at] === 0xec && bytes[at + 1] === 0xa5) return at
    throw new Error('no FIB')
  }

  it('a password-protected one', async () => {
    const bytes = real()
    bytes[fibAt(bytes) + 0x0b]! |= 0x01
    const read = await documentFromBytes('ru.doc', bytes)
    expect(read.ok ? 'read' : read.reason).toContain('password-protected')
  })

  it.each([['Word 6', 0x65], ['Word 95', 0x68]])('one from a Far East edition of %s, marked as those editions mark their files', async (_version, nFib) => {
    const bytes = real()
    const at = fibAt(bytes)
    // Word 6 and 95 open the block with 0xA5DC (read: test/aligner/formats/word6.test.ts); their Far East editions with other identifiers.
    bytes.set([0x99, 0xa6, nFib, 0x00], at)
    const read = await documentFromBytes('ru.doc', bytes)
    expect(read.ok ? 'read' : read.reason).toContain('Word 6 or 95')
  })

  it('one cut short', async () => {
    const bytes = real()
    const read = await documentFromBytes('ru.doc', bytes.subarray(0, bytes.length / 2))
    expect(read.ok ? 'read' : read.reason).toMatch(/the \.doc is damaged \(.+\); open it in Word or LibreOffice and save it again/)
  })
})

describe('a .doc from LibreOffice with raised digits', () => {
  it('keeps them raised: an inserted article `Статья 5` with a raised `1` reads 5¹, where Writer\'s text export writes 51', async () => {
    const text = (await extracted('raised.doc')).text
    expect(text.split('\n')).toEqual(['Статья 5¹. Задачи', 'Стороны обмениваются информацией в соответствии со статьей 5¹ настоящего Закона; площадь 10 м².'])
    // Writer's plain-text export drops the raising; the raised text is what the page shows.
    expect(readFileSync(fixture('raised.doc.libreoffice.txt'), 'utf8')).toContain('Статья 51. Задачи')
  })
})
