// OpenDocument texts made by LibreOffice, read from disk by the command a translator runs
// (test/fixtures/odt/README.md): the list numbers Writer shows are read from the list styles, so
// the two versions align article by article as the same agreement's .docx does.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { AlignmentResult } from '../../aligner/pipeline.ts'
import { readDocumentFile } from '../../corpus/files/read-document.ts'

const EGIZ = fileURLToPath(new URL('../../bin/egiz.mjs', import.meta.url))
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/odt/${name}`, import.meta.url))

async function extracted(name: string) {
  const read = await readDocumentFile(fixture(name))
  if (!read.ok) throw new Error(read.reason)
  return read.source.extracted!
}

describe('OpenDocument texts from disk', () => {
  it.each(['kk', 'ru'])('%s: every list item carries the number LibreOffice shows, nested and continued lists too', async (side) => {
    const lines = (await extracted(`${side}.odt`)).text.split('\n')
    // LibreOffice's text export indents list items and writes each table cell on a line of its own.
    const shown = readFileSync(fixture(`${side}.libreoffice.txt`), 'utf8').split('\n').map((line) => line.trim())
    const items = shown.filter((line) => /^\d+[.)] /.test(line))
    expect(items).toHaveLength(8)
    for (const item of items) expect(lines).toContain(item)
  })

  it('reads the paragraphs as the .docx they were saved from, the footnote and the letterhead as the .docx keeps them', async () => {
    for (const side of ['kk', 'ru']) {
      const odt = await extracted(`${side}.odt`)
      const docx = await extracted(`${side}.docx`)
      expect(odt.text).toBe(docx.text)
      expect(odt.apart.map(({ kind, text }) => ({ kind, text }))).toEqual(docx.apart.filter((block) => block.kind === 'footnote').map(({ kind, text }) => ({ kind, text })))
      expect(odt.generated).toHaveLength(docx.generated?.length ?? 0)
    }
  })

  it('egiz align pairs the articles and the points by their numbers', () => {
    const output = execFileSync(process.execPath, [EGIZ, 'align', fixture('kk.odt'), fixture('ru.odt'), '--level', 'both', '--format', 'json'], { encoding: 'utf8' })
    const result = JSON.parse(output) as AlignmentResult
    expect(result.kk.fileFormat).toBe('odt')
    const articles = result.pairs.filter((p) => p.level === 'article' && (p.kk.labels.length > 0 || p.ru.labels.length > 0))
    expect(articles.map((p) => `${p.kk.labels.join()} | ${p.ru.labels.join()}`)).toEqual(['1-бап | Статья 1', '2-бап | Статья 2'])
    const sentences = result.pairs.filter((p) => p.level === 'sentence')
    expect(sentences.find((p) => p.ru.text.startsWith('4) ратификация'))?.kk.text).toMatch(/^4\) ратификациялау/)
    expect(sentences.filter((p) => p.kk.start < 0 || p.ru.start < 0)).toEqual([])
  })
})
