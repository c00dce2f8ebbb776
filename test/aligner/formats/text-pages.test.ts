// Text copied out of a PDF with its pages (pdftotext: a form feed between them) keeps each page's
// header and footer apart, as the PDF reader does, and reads the body as if it had no pages.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withoutPageFurniture } from '../../../aligner/formats/text-pages.ts'
import { readDocumentFile } from '../../../corpus/files/read-document.ts'
import { prepareDocument } from '../../../aligner/pipeline.ts'

const fixture = new URL('../../fixtures/pdf-copied/', import.meta.url)

describe("a text's pages (form feeds)", () => {
  it('keep their headers and footers apart: a page number, and lines that recur in the margins of half the pages', async () => {
    // Chromium's print of a page with its own header (date, title) and footer (address, page n/m).
    const read = await readDocumentFile(new URL('ru-pages.txt', fixture).pathname, 'ru')
    if (!read.ok) throw new Error(read.reason)
    const { text, apart } = read.source.extracted!
    expect(apart.filter((block) => block.kind === 'footer' && /^\d+\/10$/.test(block.text)).map((block) => block.label)).toEqual(Array.from({ length: 10 }, (_, k) => `page ${k + 1}`))
    expect(apart.filter((block) => block.text === 'file:///tmp/Documents/agreement-ru.html')).toHaveLength(10)
    expect(apart.filter((block) => block.kind === 'header')).toHaveLength(20)
    expect(text).not.toMatch(/AM$|file:|^\d+\/10$|^ru$/m)
    // The body as the same text without pages reads it.
    const prepared = prepareDocument(read.source, 'ru')
    if (!prepared.ok) throw new Error(prepared.reason)
    expect(prepared.document.normalized.text).toContain('Статья 1 Определения')
    expect(prepared.document.apart).toEqual(apart)
  })

  it('take nothing from the body: a heading or a point at the top of a page, or a text with no furniture', () => {
    // Numbers aside, every page opens alike: `Статья 1`, `Статья 2`, `1. Пункт…` are structure even so.
    const page = (top: string, body: string) => `${top}\n${body}\n`
    const text = [page('Статья 1', 'Стороны договорились.'), page('Статья 2', 'Соглашение вступает в силу.'), page('1. Пункт', 'Иное не предусмотрено.'), page('1. Пункт', 'Споры решаются путём переговоров.')].join('\f')
    expect(withoutPageFurniture(text)).toEqual({ text, apart: [] })
    const copied = readFileSync(new URL('ru.txt', fixture), 'utf8')
    expect(copied).toContain('\f')
    expect(withoutPageFurniture(copied)).toEqual({ text: copied, apart: [] })
  })

  it('leave a text of one page, or of no form feed, as it is', () => {
    expect(withoutPageFurniture('1\nТекст.\n2')).toEqual({ text: '1\nТекст.\n2', apart: [] })
    expect(withoutPageFurniture('1\nТекст.\n2\f')).toEqual({ text: '1\nТекст.\n2\f', apart: [] })
  })
})
