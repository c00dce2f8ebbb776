// A letterhead and a signature laid out in columns (a <pre> block of the page, a ``` block of the
// text) read as one paragraph each from every file a translator may get of it: the page itself,
// PDFs printed by Chromium and LibreOffice, .docx and .rtf files written by pandoc and LibreOffice,
// LibreOffice's own web page, and the text files LibreOffice and pandoc save
// (test/fixtures/preformatted-letterhead/README.md). Read from disk by the command's own reader.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { prepareDocument, type AlignmentResult } from '../../aligner/pipeline.ts'
import { readDocumentFile } from '../../corpus/files/read-document.ts'

const EGIZ = fileURLToPath(new URL('../../bin/egiz.mjs', import.meta.url))
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/preformatted-letterhead/${name}`, import.meta.url))
const MADE_BY = ['chromium.pdf', 'libreoffice.pdf', 'pandoc.docx', 'libreoffice.docx', 'pandoc.rtf', 'libreoffice.rtf', 'libreoffice.html', 'libreoffice.txt', 'pandoc.txt']

/** The paragraphs of a file as cleaned, spacing inside each evened out (the column gaps differ by maker). */
async function paragraphs(name: string): Promise<string[]> {
  const read = await readDocumentFile(fixture(name))
  if (!read.ok) throw new Error(read.reason)
  const prepared = prepareDocument(read.source)
  if (!prepared.ok) throw new Error(prepared.reason)
  return prepared.document.normalized.text.split('\n').map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
}

describe('preformatted blocks in files from disk', () => {
  it.each(['kk', 'ru'])('%s: the page reads the letterhead and the signature as one paragraph each', async (side) => {
    const page = await paragraphs(`${side}.html`)
    expect(page).toHaveLength(7)
    expect(page[0]).toMatch(/^The World (?:Bank|Ваnk) 18.* \(202\) 477-1234 INTERNATIONAL BANK/)
  })

  it.each(MADE_BY.flatMap((maker) => ['kk', 'ru'].map((side) => [side, maker])))('%s-%s reads as the page does', async (side, maker) => {
    expect(await paragraphs(`${side}-${maker}`)).toEqual(await paragraphs(`${side}.html`))
  })

  it('egiz align pairs the two letterheads, the paragraphs and the two signatures one to one across makers', () => {
    const output = execFileSync(process.execPath, [EGIZ, 'align', fixture('kk-pandoc.docx'), fixture('ru-chromium.pdf'), '--level', 'article', '--format', 'json'], { encoding: 'utf8' })
    const result = JSON.parse(output) as AlignmentResult
    expect(result.pairs.map((pair) => pair.kind)).toEqual(Array(7).fill('1-1'))
    expect(result.pairs[0]!.ru.text).toContain('INTERNATIONAL BANK')
  })
})
