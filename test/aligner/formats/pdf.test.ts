import { describe, expect, it } from 'vitest'
import { extractFile } from '../../../aligner/formats/extract.ts'
import { buildPdf, type PdfLine } from '../../helpers/build-pdf.ts'

const line = (text: string, y: number, x = 72, size = 12): PdfLine => ({ text, x, y, size })

describe('.pdf import', () => {
  it('joins printed lines into paragraphs, reads headings as their own paragraphs and keeps page numbers and running titles apart', async () => {
    const pages = [
      [line('Неофициальный перевод', 800), line('Статья 1', 700, 90), line('Стороны договорились о', 686), line('сотрудничестве.', 672), line('1', 30, 297)],
      [line('Неофициальный перевод', 800), line('Статья 2', 700, 90), line('Соглашение вступает в силу со дня', 686), line('подписания.', 672), line('2', 30, 297)],
    ]
    const result = await extractFile('agreement.pdf', buildPdf(pages))
    if (!result.ok) throw new Error(result.reason)
    expect(result.extracted.text).toBe('Статья 1\nСтороны договорились о сотрудничестве.\nСтатья 2\nСоглашение вступает в силу со дня подписания.')
    expect(result.extracted.layout).toBe('paragraphs')
    expect(result.extracted.apart.map((block) => `${block.kind}:${block.text}`)).toEqual(['header:Неофициальный перевод', 'footer:1', 'header:Неофициальный перевод', 'footer:2'])
  })

  it('reads text printed again a fraction of a letter aside (simulated bold) once', async () => {
    const heading = [0, 0.3, 0.6].map((shift) => line('Статья 1. Цели', 700, 72 + shift))
    const result = await extractFile('agreement.pdf', buildPdf([[...heading, line('Стороны развивают сотрудничество.', 680)]]))
    if (!result.ok) throw new Error(result.reason)
    expect(result.extracted.text).toBe('Статья 1. Цели\nСтороны развивают сотрудничество.')
  })

  it('joins pieces of one line with a space only where there is a gap, and keeps small print below the text as footnotes', async () => {
    const pages = [[
      { text: 'Қазақстан', x: 72, y: 700, size: 12 },
      { text: 'Республикасы', x: 140, y: 700, size: 12 },
      line('Екінші жол.', 686),
      line('Үшінші жол.', 672),
      line('1 Ескерту мәтіні.', 120, 72, 8),
    ]]
    const result = await extractFile('a.pdf', buildPdf(pages))
    if (!result.ok) throw new Error(result.reason)
    // `Үшінші` would have fitted after `Екінші жол.`: that line ends its paragraph.
    expect(result.extracted.text).toBe('Қазақстан Республикасы Екінші жол.\nҮшінші жол.')
    expect(result.extracted.apart).toEqual([{ kind: 'footnote', label: 'page 1', text: '1 Ескерту мәтіні.' }])
  })

  it('reads a page set in two columns of running text a column at a time, and a side-by-side signature block by rows', async () => {
    // Each column: one paragraph wrapped into lines that fill the column, as a newspaper prints a law.
    const words = (side: string) => Array.from({ length: 37 }, (_, k) => `${side}${k + 1}сөз`)
    const column = (side: string, x: number) => {
      const all = words(side)
      return Array.from({ length: 8 }, (_, row) => line(all.slice(row * 5, row * 5 + 5).join(' ') + (row === 7 ? '.' : ''), 700 - row * 14, x, 10))
    }
    const title = line('ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ', 740, 200)
    const signatures = [line('Қазақстан Республикасы', 700), line('Польша Республикасы', 700, 320), line('үшін', 686), line('үшін', 686, 320)]
    const result = await extractFile('gazette.pdf', buildPdf([[title, ...column('а', 72), ...column('б', 320)], signatures]))
    if (!result.ok) throw new Error(result.reason)
    const paragraphs = result.extracted.text.split('\n')
    expect(paragraphs[0]).toBe('ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ')
    expect(paragraphs[1]).toBe(`${words('а').join(' ')}.`)
    expect(paragraphs[2]).toBe(`${words('б').join(' ')}.`)
    // Four short lines either side are no columns of running text: read across, as printed.
    expect(paragraphs.slice(3).join(' ')).toMatch(/^Қазақстан Республикасы\s+Польша Республикасы\s+үшін\s+үшін$/)
  })

  it('reads an initial dropped beside the first lines (a drop cap) as the first letter of its word', async () => {
    const pages = [[
      line('Т', 672, 72, 40),
      line('араптар мәдениет, білім беру және ғылым салаларындағы', 700, 98),
      line('ынтымақтастықты өзара тиімділік негізінде дамытады және', 686, 98),
      line('мұражайлар мен кітапханалар арасындағы байланыстарды', 672, 98),
      line('көтермелейді.', 658),
      line('Тараптар ақпарат алмасады.', 630),
    ]]
    const result = await extractFile('agreement.pdf', buildPdf(pages))
    if (!result.ok) throw new Error(result.reason)
    expect(result.extracted.text).toBe(
      'Тараптар мәдениет, білім беру және ғылым салаларындағы ынтымақтастықты өзара тиімділік негізінде дамытады және мұражайлар мен кітапханалар арасындағы байланыстарды көтермелейді.\nТараптар ақпарат алмасады.',
    )
  })

  it('refuses a password-protected PDF, a scan with no text layer and a damaged file', async () => {
    const cases: Array<[Uint8Array, string]> = [
      [buildPdf([[line('Мәтін', 700)]], { encrypted: true }), 'password-protected'],
      [buildPdf([[], []]), 'no text layer'],
      [new TextEncoder().encode('%PDF-1.4\n garbage without objects'), 'PDF'],
    ]
    for (const [bytes, expected] of cases) {
      const result = await extractFile('agreement.pdf', bytes)
      expect(result.ok ? 'read' : result.reason).toContain(expected)
    }
  })
})
