import { describe, expect, it } from 'vitest'
import { extractFile } from '../../../aligner/formats/extract.ts'
import { buildDocx, buildZip, numberingXml, paragraph, WORD_NAMESPACE } from '../../helpers/build-docx.ts'

async function read(bytes: Uint8Array, name = 'agreement.docx') {
  const result = await extractFile(name, bytes)
  if (!result.ok) throw new Error(result.reason)
  return result.extracted
}

describe('.docx import', () => {
  it('reads every body of a document that has several (invalid, but some programs write it and Word shows them all)', async () => {
    // A closing and an opening tag among the paragraphs make the second <w:body> of POI's MultipleBodyBug.docx.
    const body = [paragraph('1-бап. Мақсаты'), paragraph('Тараптар келісті.'), '</w:body><w:body>', paragraph('2-бап. Қолданылуы'), paragraph('Осы Келісім қолданылады.')]
    expect((await read(buildDocx({ body }))).text.split('\n')).toEqual(['1-бап. Мақсаты', 'Тараптар келісті.', '2-бап. Қолданылуы', 'Осы Келісім қолданылады.'])
  })

  it('keeps the digits of a superscript run raised: an inserted article `5` and a raised `1` is 5¹, not 51', async () => {
    const raised = '<w:p><w:r><w:t xml:space="preserve">Статья 5</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>1</w:t></w:r><w:r><w:t>. Цели</w:t></w:r></w:p>'
    expect((await read(buildDocx({ body: [raised] }))).text).toBe('Статья 5¹. Цели')
  })

  it('writes the numbers Word generates for articles, points and subpoints into the text', async () => {
    const numbering = numberingXml([
      { levels: [{ format: 'decimal', text: '%1-бап.' }, { format: 'decimal', text: '%2.' }, { format: 'decimal', text: '%3)' }] },
      { levels: [{ format: 'russianLower', text: '%1)' }] },
    ])
    const body = [
      paragraph('Келісім', {}),
      paragraph('Мақсаты', { list: { numId: 1 } }),
      paragraph('Тараптар келісті.', { list: { numId: 1, ilvl: 1 } }),
      paragraph('бірінші;', { list: { numId: 1, ilvl: 2 } }),
      paragraph('екінші.', { list: { numId: 1, ilvl: 2 } }),
      paragraph('Қолданылуы', { list: { numId: 1 } }),
      paragraph('Осы Келісім қолданылады.', { list: { numId: 1, ilvl: 1 } }),
      paragraph('первый', { list: { numId: 2 } }),
      paragraph('второй', { list: { numId: 2 } }),
    ]
    const extracted = await read(buildDocx({ body, numbering }))
    expect(extracted.text.split('\n')).toEqual([
      'Келісім', '1-бап. Мақсаты', '1. Тараптар келісті.', '1) бірінші;', '2) екінші.', '2-бап. Қолданылуы', '1. Осы Келісім қолданылады.', 'а) первый', 'б) второй',
    ])
    expect(extracted.layout).toBe('paragraphs')
  })

  it('joins paragraphs in a fixed-pitch style into one, but not in a text typed all in one', async () => {
    const styles = (defaultFont: string) =>
      `<w:styles ${WORD_NAMESPACE}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${defaultFont}" w:hAnsi="${defaultFont}"/></w:rPr></w:rPrDefault></w:docDefaults>` +
      `<w:style w:styleId="Letterhead"><w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/></w:rPr></w:style></w:styles>`
    const body = [
      paragraph('МИНИСТЕРСТВО ФИНАНСОВ       г. Астана', { style: 'Letterhead' }),
      paragraph('N 12-3/456', { style: 'Letterhead' }),
      paragraph('Уважаемый господин Министр, Стороны развивают сотрудничество в области культуры и науки.'),
      paragraph('Искренне ваш,', { style: 'Letterhead' }),
    ]
    expect((await read(buildDocx({ body, styles: styles('Times New Roman') }))).text.split('\n')).toEqual([
      'МИНИСТЕРСТВО ФИНАНСОВ       г. Астана\u2028N 12-3/456',
      'Уважаемый господин Министр, Стороны развивают сотрудничество в области культуры и науки.',
      'Искренне ваш,',
    ])
    expect((await read(buildDocx({ body, styles: styles('Courier New') }))).text.split('\n')).toHaveLength(4)
  })

  it('takes numbering from the paragraph style and restarts a list that overrides its start', async () => {
    const styles = `<w:styles ${WORD_NAMESPACE}><w:style w:styleId="Article"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:styleId="ArticleBold"><w:basedOn w:val="Article"/></w:style></w:styles>`
    const numbering = numberingXml([{ levels: [{ format: 'decimal', text: 'Статья %1.' }] }, { levels: [{ format: 'upperRoman', text: 'Раздел %1' }], restartAt: 4 }])
    const body = [paragraph('Цели', { style: 'Article' }), paragraph('Сфера', { style: 'ArticleBold' }), paragraph('Общие', { list: { numId: 2 } })]
    expect((await read(buildDocx({ body, numbering, styles }))).text).toBe('Статья 1. Цели\nСтатья 2. Сфера\nРаздел IV Общие')
  })

  it('numbers from an override that restarts a list below its own start (LibreOffice writes one per item)', async () => {
    const numbering = numberingXml([{ levels: [{ format: 'decimal', text: '%1.', start: 4 }] }, { levels: [], abstractId: 0, restartAt: 1 }])
    const body = [paragraph('на основании поручения;', { list: { numId: 2 } }), paragraph('по инициативе депутатов;', { list: { numId: 2 } })]
    expect((await read(buildDocx({ body, numbering }))).text).toBe('1. на основании поручения;\n2. по инициативе депутатов;')
  })

  it('shows a level above that was not used yet at its start, and counts it as used', async () => {
    const numbering = numberingXml([{ levels: [{ format: 'decimal', text: '%1' }, { format: 'decimal', text: '%1.%2' }] }])
    const body = [['A', 1], ['B', 1], ['C', 0], ['D', 1]].map(([text, ilvl]) => paragraph(text as string, { list: { numId: 1, ilvl: ilvl as number } }))
    // As Word and LibreOffice number them: 1.1, 1.2, then 2.
    expect((await read(buildDocx({ body, numbering }))).text).toBe('1.1 A\n1.2 B\n2 C\n2.1 D')
  })

  it('shows a level a list instance gives anew in its own format, counted with the list it shares', async () => {
    const numbering = `<w:numbering ${WORD_NAMESPACE}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:lvlOverride></w:num></w:numbering>'
    const body = [['один', 1], ['два', 2], ['три', 2], ['четыре', 1]].map(([text, numId]) => paragraph(text as string, { list: { numId: numId as number } }))
    expect((await read(buildDocx({ body, numbering }))).text).toBe('1. один\nB) два\nC) три\n4. четыре')
  })

  it('reads table rows and cells wrapped in content controls (a form\'s repeating rows)', async () => {
    const cell = (text: string) => `<w:tc>${paragraph(text)}</w:tc>`
    const control = (inner: string) => `<w:sdt><w:sdtPr/><w:sdtContent>${inner}</w:sdtContent></w:sdt>`
    const table = `<w:tbl><w:tr>${cell('Сторона')}${control(cell('Казахстан'))}</w:tr>${control(`<w:tr>${cell('Дата')}${cell('1 мая')}</w:tr>`)}</w:tbl>`
    expect((await read(buildDocx({ body: [table] }))).text).toBe('Сторона\tКазахстан\nДата\t1 мая')
  })

  it('keeps footnotes, headers and footers apart and reads tables row by row', async () => {
    const table = `<w:tbl><w:tr><w:tc>${paragraph('За Республику Казахстан')}</w:tc><w:tc>${paragraph('За Республику Польша')}</w:tc></w:tr></w:tbl>`
    const body = [`<w:p><w:r><w:t>Текст</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve"> дальше.</w:t></w:r></w:p>`, table]
    const extracted = await read(buildDocx({ body, footnotes: [{ id: 1, text: 'Примечание РЦПИ.' }], headers: ['Неофициальный перевод'], footers: ['Страница'] }))
    expect(extracted.text).toBe('Текст дальше.\nЗа Республику Казахстан\tЗа Республику Польша')
    expect(extracted.apart).toEqual([
      { kind: 'footer', label: 'footer1.xml', text: 'Страница' },
      { kind: 'header', label: 'header1.xml', text: 'Неофициальный перевод' },
      { kind: 'footnote', label: '1', text: 'Примечание РЦПИ.' },
    ])
  })

  it('leaves out deleted text and field codes but keeps field results and inserted text', async () => {
    const body = [
      '<w:p><w:del><w:r><w:delText>old </w:delText></w:r></w:del><w:ins><w:r><w:t xml:space="preserve">new </w:t></w:r></w:ins>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    ]
    expect((await read(buildDocx({ body }))).text).toBe('new 7')
  })

  it('refuses password-protected, cut-short, damaged and text-less documents with what to do', async () => {
    const good = buildDocx({ body: [paragraph('Мәтін')] })
    const cases: Array<[Uint8Array, string]> = [
      [buildDocx({ body: [paragraph('Мәтін')] }, { encryptedFlag: true }), 'password-protected'],
      [good.subarray(0, good.length - 30), 'cut short'],
      [buildZip({ 'word/document.xml': '<w:document><w:body><w:p>' }), 'damaged'],
      [buildDocx({ body: ['<w:p><w:r><w:drawing/></w:r></w:p>'] }), 'no text'],
      [buildZip({ 'readme.txt': 'x' }), 'not a Word or OpenDocument text'],
    ]
    for (const [bytes, expected] of cases) {
      const result = await extractFile('agreement.docx', bytes)
      expect(result.ok ? 'read' : result.reason).toContain(expected)
    }
  })

  it('tells an encrypted Office file from a damaged .doc', async () => {
    const ole = (extra: string) => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...[...extra].flatMap((c) => [c.charCodeAt(0), 0])])
    expect(await extractFile('a.docx', ole('EncryptedPackage'))).toMatchObject({ ok: false, problem: 'encrypted', reason: expect.stringContaining('password-protected') })
    expect(await extractFile('a.doc', ole('WordDocument'))).toMatchObject({ ok: false, problem: 'damaged', reason: expect.stringContaining('the .doc is damaged') })
  })
})
