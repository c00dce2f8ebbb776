// Real PDFs read from disk by the command a translator runs (test/fixtures/pdf/README.md): each
// reads like the text it prints, so the two versions align article by article and point by point.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { AlignmentResult } from '../../aligner/pipeline.ts'
import { readDocumentFile } from '../../corpus/files/read-document.ts'

const EGIZ = fileURLToPath(new URL('../../bin/egiz.mjs', import.meta.url))
const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/pdf/${path}`, import.meta.url))
const FOLDERS = ['chromium-lines', 'chromium-heading-at-page-top', 'libreoffice-fallback-font']

async function bodyText(path: string): Promise<string> {
  const read = await readDocumentFile(path)
  if (!read.ok) throw new Error(read.reason)
  return read.source.extracted!.text
}

describe('PDF files from disk', () => {
  it.each(FOLDERS)('%s: egiz align pairs the three articles by number and leaves no sentence without a counterpart', (folder) => {
    const output = execFileSync(process.execPath, [EGIZ, 'align', fixture(`${folder}/kk.pdf`), fixture(`${folder}/ru.pdf`), '--level', 'both', '--format', 'json'], { encoding: 'utf8' })
    const result = JSON.parse(output) as AlignmentResult
    const articles = result.pairs.filter((p) => p.level === 'article' && (p.kk.labels.length > 0 || p.ru.labels.length > 0))
    expect(articles.map((p) => `${p.kk.labels.join()} | ${p.ru.labels.join()}`)).toEqual(['1-бап | Статья 1', '2-бап | Статья 2', '3-бап | Статья 3'])
    // Chromium sets list items one under another with nothing to tell where one ends when a line
    // ending in `;` is full: two such items may read as one paragraph (a 2-1 pair, not a loss).
    expect(result.pairs.filter((p) => p.kk.start < 0 || p.ru.start < 0)).toEqual([])
  })

  it.each(FOLDERS)('%s: one paragraph per point, none broken at a printed line end', async (folder) => {
    const kk = (await bodyText(fixture(`${folder}/kk.pdf`))).split('\n')
    expect(kk).toContain('1. Тараптар мәдениет, білім беру және ғылым салаларындағы ынтымақтастықты өздерінің ұлттық заңнамасына сәйкес теңдік және өзара тиімділік негізінде дамытады.')
    expect(kk.filter((line) => /^\d-бап$/.test(line))).toEqual(['1-бап', '2-бап', '3-бап'])
  })

  it.each(['chromium-heading-at-page-top/kk', 'chromium-one-line-paragraphs/kk', 'chromium-one-line-paragraphs/ru'])('reads a PDF printed from a page as that page reads: %s', async (name) => {
    const html = await bodyText(fixture(`${name}.html`))
    expect(await bodyText(fixture(`${name}.pdf`))).toBe(html)
  })

  it.each(['kk', 'ru'])('%s: a note indented on both sides reads as one paragraph, as its .docx does', async (side) => {
    const pdf = (await bodyText(fixture(`libreoffice-indented-note/${side}.pdf`))).split('\n')
    const docx = (await bodyText(fixture(`libreoffice-indented-note/${side}.docx`))).split('\n')
    expect(pdf).toEqual(docx)
    expect(pdf.filter((paragraph) => /^(?:Ескерту|Примечание)\./.test(paragraph))).toHaveLength(1)
  })

  it.each(['kk', 'ru'])('%s: an initial dropped beside the first lines reads as the first letter of its word (and `В` as a word of its own)', async (side) => {
    const source = readFileSync(fixture(`libreoffice-drop-caps/${side}.txt`), 'utf8').trimEnd()
    expect(await bodyText(fixture(`libreoffice-drop-caps/${side}.pdf`))).toBe(source)
  })

  it('puts letters drawn by a fallback font back into their words', async () => {
    const text = await bodyText(fixture('libreoffice-fallback-font/kk.pdf'))
    expect(text).toContain('Тараптар арасындағы мәдени ынтымақтастық туралы сынақ келісімі')
    expect(text).toContain('қарайды және қажет болған жағдайда жеке келісім жасасады.')
    expect(text).not.toMatch(/(?:^|\s)[әғқңөұүһі](?=\s|$)/mu)
  })
})
