// A real agreement saved as .docx with Word's automatic numbering for its articles and points
// must align exactly like its text version: the numbers Word generates are part of the text.
import { describe, expect, it } from 'vitest'
import { alignDocuments, prepareDocument, type PreparedDocument } from '../../../aligner/pipeline.ts'
import { extractFile } from '../../../aligner/formats/extract.ts'
import { readPair, stripAnchors } from '../../helpers/corpus.ts'
import { buildDocx, numberingXml, paragraph } from '../../helpers/build-docx.ts'

const SLUG = 'kz-fi-investment-bit-1992'

function prepared(name: string, bytes: Uint8Array, extracted?: Awaited<ReturnType<typeof extractFile>>): PreparedDocument {
  const result = prepareDocument({ name, bytes, extracted: extracted?.ok ? extracted.extracted : undefined })
  if (!result.ok) throw new Error(result.reason)
  return result.document
}

/** The clean paragraphs, with article and point numbers moved from the text into Word's numbering. */
function asNumberedDocx(document: PreparedDocument, article: RegExp): { bytes: Uint8Array; numbered: number } {
  let articleNumber = 0
  let pointNumber = 0
  let numbered = 0
  const body = document.normalized.text.split('\n').map((line) => {
    const heading = article.exec(line)
    if (heading && Number(heading[1]) === articleNumber + 1) {
      articleNumber++
      pointNumber = 0
      numbered++
      return paragraph(line.slice(heading[0].length), { list: { numId: 1 } })
    }
    const point = /^(\d+)\. /.exec(line)
    if (articleNumber > 0 && point && Number(point[1]) === pointNumber + 1) {
      pointNumber++
      numbered++
      return paragraph(line.slice(point[0].length), { list: { numId: 1, ilvl: 1 } })
    }
    return paragraph(line)
  })
  const levelText = document.language === 'kk' ? '%1-бап' : 'Статья %1'
  const numbering = numberingXml([{ levels: [{ format: 'decimal', text: levelText }, { format: 'decimal', text: '%2.' }] }])
  return { bytes: buildDocx({ body, numbering }), numbered }
}

describe('a .docx with automatic numbering', () => {
  it('aligns article by article exactly like the text it was made from', async () => {
    const pair = readPair(SLUG)
    const encode = (text: string) => new TextEncoder().encode(stripAnchors(text).text)
    const kkText = prepared('kk.md', encode(pair.kk))
    const ruText = prepared('ru.md', encode(pair.ru))
    const kkDocx = asNumberedDocx(kkText, /^(\d+)-бап /)
    const ruDocx = asNumberedDocx(ruText, /^Статья (\d+) /)
    expect(kkDocx.numbered).toBeGreaterThan(20)
    expect(ruDocx.numbered).toBeGreaterThan(20)
    const kk = prepared('kk.docx', kkDocx.bytes, await extractFile('kk.docx', kkDocx.bytes))
    const ru = prepared('ru.docx', ruDocx.bytes, await extractFile('ru.docx', ruDocx.bytes))
    expect(kk.normalized.text).toBe(kkText.normalized.text)
    const articles = (a: PreparedDocument, b: PreparedDocument) =>
      alignDocuments(a, b, { level: 'article' }).pairs.map((p) => [p.kk.labels.join(','), p.ru.labels.join(','), p.kk.text, p.ru.text])
    expect(articles(kk, ru)).toEqual(articles(kkText, ruText))
  })
})
