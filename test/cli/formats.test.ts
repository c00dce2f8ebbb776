// The commands open the formats the official database offers, not only text files.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../cli/main.ts'
import { CORPUS, plainParagraphs } from '../helpers/corpus.ts'
import { buildDocx, escapeXml, paragraph } from '../helpers/build-docx.ts'

async function run(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) })
  return { code, out, err }
}

const SLUG = 'kz-fi-investment-bit-1992'
const lines = (language: 'kk' | 'ru') => plainParagraphs(readFileSync(join(CORPUS, SLUG, `${language}.txt`), 'utf8'))

describe('egiz align and import with .docx and .html files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'egiz-formats-'))
  const kk = join(dir, 'agreement_kaz.docx')
  const ru = join(dir, 'agreement_rus.html')
  writeFileSync(kk, buildDocx({ body: lines('kk').map((line) => paragraph(line)), headers: ['Әділет'] }))
  writeFileSync(ru, `<html><head><meta charset="utf-8"></head><body>${lines('ru').map((line) => `<p>${escapeXml(line)}</p>`).join('\n')}</body></html>`)

  it('aligns them article by article and names the file formats', async () => {
    const result = await run('align', kk, ru, '--format', 'json', '--level', 'article')
    expect(result.err).toBe('')
    const output = JSON.parse(result.out)
    expect([output.kk.fileFormat, output.ru.fileFormat, output.ru.encoding]).toEqual(['docx', 'html', 'utf-8'])
    type Side = { labels: string[] }
    const articles = output.pairs.filter((pair: { kk: Side }) => pair.kk.labels.some((label) => /бап/.test(label)))
    // The agreement's 12 articles, each with its Russian counterpart of the same number.
    expect(articles.map((pair: { kk: Side; ru: Side }) => [/\d+/.exec(pair.kk.labels.join())?.[0], /\d+/.exec(pair.ru.labels.join())?.[0]])).toEqual(
      Array.from({ length: 12 }, (_, index) => [String(index + 1), String(index + 1)]),
    )
  })

  it('says what it kept apart from the text', async () => {
    const result = await run('align', kk, ru, '--level', 'article')
    expect(result.out).toMatch(/^Kazakh: .*agreement_kaz\.docx — docx, paragraphs, .*; kept apart: 1 header$/m)
  })

  it('imports them into a workspace', async () => {
    const result = await run('import', kk, ru, '--db', join(dir, 'w.sqlite'))
    expect(result.err).toBe('')
    expect(result.out).toMatch(/imported .* article-level pairs/)
  })

  it('names the file and the problem when one is broken', async () => {
    const broken = join(dir, 'broken.docx')
    writeFileSync(broken, 'PK\x03\x04 not really a zip')
    const result = await run('align', broken, ru)
    expect(result.code).toBe(2)
    expect(result.err).toContain(`egiz: ${broken}: the file is cut short or damaged`)
  })
})
