import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractFile } from '../../../aligner/formats/extract.ts'
import { extractHtml } from '../../../aligner/formats/html.ts'
import { KZ_1048_HIGH, WINDOWS_1251_HIGH } from '../../../aligner/text/codepages.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)

/** Encodes text in a single-byte code page given by its upper half. */
function singleByte(text: string, high: string): Uint8Array {
  return Uint8Array.from([...text], (char) => (char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : 0x80 + high.indexOf(char)))
}

function body(html: string): string {
  const result = extractHtml(utf8(html))
  if (!result.ok) throw new Error(result.reason)
  return result.extracted.text
}

describe('extractHtml', () => {
  it('makes one paragraph per block element and keeps entities and non-breaking spaces', () => {
    const text = body('<html><head><title>Т</title><style>p{}</style></head><body><h1>1-бап.&nbsp;Мақсаты</h1><p>Тараптар\n   &laquo;келісті&raquo; &#1241;&#x4E9;.</p><script>var x = "<p>no</p>"</script><div>2-бап<br>Қолданылуы</div></body></html>')
    expect(text).toBe('1-бап.\u00A0Мақсаты\nТараптар «келісті» әө.\n2-бап\nҚолданылуы')
  })

  it('keeps the digits of a <sup> raised: an inserted article `Статья 5<sup>1</sup>` is 5¹, not 51', () => {
    expect(body('<p>Статья 5<sup>1</sup>. Цели</p><p>Площадь 10 м<sup>2</sup>, ЖУРНАЛ<sup>x</sup></p>')).toBe('Статья 5¹. Цели\nПлощадь 10 м², ЖУРНАЛx')
  })

  it('reads a <pre> block as one paragraph, its lines kept apart by a line separator, no word glued to the next line', () => {
    expect(body('<p>Начало.</p><pre><code>МИНИСТЕРСТВO      (202) 477-1234\nФИНАНСОВ          г. Астана\r\n</code></pre><p>Конец.</p>')).toBe(
      'Начало.\nМИНИСТЕРСТВO      (202) 477-1234\u2028ФИНАНСОВ          г. Астана\nКонец.',
    )
  })

  it('joins lines set in a fixed-pitch font into one paragraph, as a <pre> block, unless the whole page is in one', () => {
    const letterhead = '<p><font face="Consolas, serif">БАНК     Вашингтон</font><br/><font face="Consolas, serif">N 12-3/456</font></p><p><tt>г. Астана</tt></p>'
    const letter = '<p>Уважаемый господин Министр, Стороны развивают сотрудничество в области культуры и науки.</p>'
    expect(body(letterhead + letter)).toBe('БАНК Вашингтон\u2028N 12-3/456\u2028г. Астана\nУважаемый господин Министр, Стороны развивают сотрудничество в области культуры и науки.')
    expect(body('<pre>А  Б</pre><pre>В  Г</pre><p>Текст.</p>')).toBe('А  Б\nВ  Г\nТекст.')
    expect(body(`<body style="font-family: 'Courier New'">${letterhead}<p>Короткий текст.</p></body>`).split('\n')).toHaveLength(4)
  })

  it('reads table rows as lines with cells separated by tabs', () => {
    expect(body('<table><tr><td>Қазақстан Республикасы үшін</td><td>Польша үшін</td></tr></table>')).toBe('Қазақстан Республикасы үшін\tПольша үшін')
  })

  it('keeps page headers and footers apart from the text', () => {
    const result = extractHtml(utf8('<body><header><p>Әділет</p></header><p>Мәтін</p><footer>© 2026</footer></body>'))
    expect(result.ok && result.extracted.text).toBe('Мәтін')
    expect(result.ok && result.extracted.apart).toEqual([{ kind: 'header', label: '1', text: 'Әділет' }, { kind: 'footer', label: '2', text: '© 2026' }])
  })

  it('decodes the charset the page declares: windows-1251 and KZ-1048', () => {
    const russian = extractHtml(singleByte('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>Статья 1. Цели</p>', WINDOWS_1251_HIGH))
    expect(russian.ok && [russian.extracted.text, russian.extracted.encoding]).toEqual(['Статья 1. Цели', 'windows-1251'])
    const kazakh = extractHtml(singleByte('<meta charset="rk1048"><p>Тараптар өзара ұғыныспен</p>', KZ_1048_HIGH))
    expect(kazakh.ok && [kazakh.extracted.text, kazakh.extracted.encoding]).toEqual(['Тараптар өзара ұғыныспен', 'rk1048'])
  })

  it('keeps footnotes apart and leaves their marks out of the text, as pandoc, LibreOffice and Word write them', async () => {
    const fixture = (path: string) => Uint8Array.from(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)))
    const sentence = 'Осы Заң Қазақстан Республикасының халықаралық шарттарын жасасу, орындау, өзгерту және тоқтату тәртібін айқындайды.'
    const pandoc = extractHtml(fixture('web-archive/kk.html'))
    expect(pandoc.ok && [pandoc.extracted.text.split('\n')[1], pandoc.extracted.apart]).toEqual([sentence, [{ kind: 'footnote', label: '1', text: '2005 жылғы 30 мамырда күшіне енді.' }]])
    // LibreOffice's page of a .docx: the same body sentence and the same note as the .docx.
    const libreOffice = extractHtml(fixture('libreoffice/kk.html'))
    const docx = await extractFile('kk.docx', fixture('libreoffice/kk.docx'))
    expect(libreOffice.ok && docx.ok && libreOffice.extracted.text.split('\n')[1]).toBe(docx.ok && docx.extracted.text.split('\n')[1])
    expect(libreOffice.ok && libreOffice.extracted.apart.map((block) => [block.kind, block.text])).toEqual(docx.ok && docx.extracted.apart.filter((block) => block.kind === 'footnote').map((block) => [block.kind, block.text]))
    const word = extractHtml(utf8(`<body><div class=WordSection1><p>Мәтін<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference><![if !supportFootnotes]>[1]<![endif]></span></a>.</p></div><div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]><div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1"><![if !supportFootnotes]>[1]<![endif]></a> Ескерту мәтіні.</p></div></div></body>`))
    expect(word.ok && [word.extracted.text, word.extracted.apart]).toEqual(['Мәтін.', [{ kind: 'footnote', label: '1', text: 'Ескерту мәтіні.' }]])
    // One block a note, labelled by its number; a note's second paragraph stays with it.
    const two = extractHtml(utf8('<p>Мәтін.</p><section role="doc-endnotes"><hr><ol><li id="fn1"><p>Бірінші.</p><p>Жалғасы.</p></li><li id="fn2"><p>Екінші.<a class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>'))
    expect(two.ok && two.extracted.apart).toEqual([{ kind: 'footnote', label: '1', text: 'Бірінші.\nЖалғасы.' }, { kind: 'footnote', label: '2', text: 'Екінші.' }])
    // A mark's link left open takes no text after its paragraph.
    expect(body('<p>Бірінші.<a class="footnote-ref" href="#fn1"><sup>1</sup></p><p>Екінші абзац.</p>')).toBe('Бірінші.\nЕкінші абзац.')
  })

  it('reads a page saved again as UTF-8 under its old one-byte declaration as UTF-8, not as two letters for each', () => {
    const page = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>Статья 1. Стороны развивают сотрудничество.</p>'
    expect(extractHtml(utf8(page))).toMatchObject({ ok: true, extracted: { text: 'Статья 1. Стороны развивают сотрудничество.', encoding: 'utf-8' } })
    expect(extractHtml(utf8('<p>Статья 1</p>'), 'koi8-r')).toMatchObject({ ok: true, extracted: { text: 'Статья 1', encoding: 'utf-8' } })
    // The page as declared stays as declared.
    expect(extractHtml(singleByte(page, WINDOWS_1251_HIGH))).toMatchObject({ ok: true, extracted: { text: 'Статья 1. Стороны развивают сотрудничество.', encoding: 'windows-1251' } })
  })

  it('falls back to the text-file guess when no charset is declared', () => {
    const result = extractHtml(singleByte('<p>Статья 2</p>', WINDOWS_1251_HIGH))
    expect(result.ok && result.extracted.text).toBe('Статья 2')
  })

  it('refuses a page with no document text', () => {
    const result = extractHtml(utf8('<html><head><script>x()</script></head><body><nav>Меню</nav></body></html>'))
    expect(result).toMatchObject({ ok: false, problem: 'no-text', reason: expect.stringContaining('no document text') })
  })
})

describe('list numbers as a browser shows them', () => {
  const text = (html: string) => body(html).split('\n')

  it('numbers <ol> items, from start, in its type, with li value, nested lists counted apart', () => {
    expect(text('<ol start="3"><li>Үш</li><li>Төрт<ol type="a"><li>бір</li><li value="5">бес</li></ol></li><li>Бес</li></ol><ul><li>белгі</li></ul>')).toEqual([
      '3. Үш', '4. Төрт', 'a. бір', 'e. бес', '5. Бес', 'белгі',
    ])
    expect(text('<ol type="I"><li>Бірінші</li><li>Екінші</li></ol><ol type="i" start="4"><li>төртінші</li></ol>')).toEqual(['I. Бірінші', 'II. Екінші', 'iv. төртінші'])
  })

  it('writes the number before the first text of an item that holds a paragraph or a heading (LibreOffice, pandoc)', () => {
    expect(text('<ol start="2"><li><h4>Қаржыландыру</h4><p>Тараптар келіседі.</p></li><li><p>Дауларды шешу</p></li></ol>')).toEqual([
      '2. Қаржыландыру', 'Тараптар келіседі.', '3. Дауларды шешу',
    ])
  })

  it('keeps the points of a pandoc page, so it aligns like its text', () => {
    const page = '<h4>Статья 1</h4><ol type="1"><li><p>Стороны развивают сотрудничество.</p></li><li><p>Стороны поощряют связи.</p></li></ol>'
    expect(text(page)).toEqual(['Статья 1', '1. Стороны развивают сотрудничество.', '2. Стороны поощряют связи.'])
  })
})
