// The OpenDocument reader on small hand-written packages, one case per rule of the format: list
// numbers from list and outline styles, lists continued by id or by style, white space, deleted
// text, notes and comments apart, fixed-pitch lines, and the refusals.
import { describe, expect, it } from 'vitest'
import { extractFile } from '../../../aligner/formats/extract.ts'
import type { ExtractedText } from '../../../aligner/formats/extracted.ts'
import { buildZip } from '../../helpers/build-docx.ts'
import { buildOdt as odt, ODF_NAMESPACES as NAMESPACES } from '../../helpers/build-odt.ts'

/** A decimal list style: `1)` at level 1, `1.1)` at level 2 (two levels shown). */
const DECIMAL_LIST = `<text:list-style style:name="L1">
  <text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="1"/>
  <text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="1" text:display-levels="2"/>
</text:list-style>`

async function read(bytes: Uint8Array, name = 'agreement.odt'): Promise<ExtractedText> {
  const result = await extractFile(name, bytes)
  if (!result.ok) throw new Error(result.reason)
  return result.extracted
}

const lines = async (bytes: Uint8Array) => (await read(bytes)).text.split('\n')

describe('OpenDocument text in superscript', () => {
  it('keeps the digits of a raised span raised: an inserted article `5` and a raised `1` is 5¹, not 51', async () => {
    const automaticStyles = '<style:style style:name="T1" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style><style:style style:name="T2" style:family="text"><style:text-properties style:text-position="33% 58%"/></style:style>'
    const body = '<text:p>Статья 5<text:span text:style-name="T1">1</text:span>. Цели</text:p><text:p>Площадь 10 м<text:span text:style-name="T2">2</text:span></text:p>'
    expect(await lines(odt(body, { automaticStyles }))).toEqual(['Статья 5¹. Цели', 'Площадь 10 м²'])
  })
})

describe('OpenDocument list numbers', () => {
  it('numbers items from the list style, nested lists at the next level, and marks the numbers as generated', async () => {
    const body = `<text:list text:style-name="L1">
      <text:list-item><text:p>Стороны сотрудничают.</text:p></text:list-item>
      <text:list-item><text:p>Стороны обмениваются:</text:p>
        <text:list><text:list-item><text:p>информацией;</text:p></text:list-item><text:list-item><text:p>опытом.</text:p></text:list-item></text:list>
      </text:list-item>
      <text:list-header><text:p>Без номера.</text:p></text:list-header>
      <text:list-item><text:p>Споры решаются путем переговоров.</text:p></text:list-item>
    </text:list>`
    const extracted = await read(odt(body, { automaticStyles: DECIMAL_LIST }))
    expect(extracted.text.split('\n')).toEqual(['1) Стороны сотрудничают.', '2) Стороны обмениваются:', '2.1) информацией;', '2.2) опытом.', 'Без номера.', '3) Споры решаются путем переговоров.'])
    expect(extracted.generated?.map(([start, end]) => extracted.text.slice(start, end))).toEqual(['1) ', '2) ', '2.1) ', '2.2) ', '3) '])
  })

  it('goes on with the list a later one continues (by id, also through a chain), and starts afresh otherwise', async () => {
    const item = (text: string, start = '') => `<text:list-item${start}><text:p>${text}</text:p></text:list-item>`
    const body = `<text:list xml:id="a" text:style-name="L1">${item('первый')}${item('второй')}</text:list>
      <text:p>Примечание.</text:p>
      <text:list xml:id="b" text:continue-list="a" text:style-name="L1">${item('третий')}</text:list>
      <text:list text:continue-list="b" text:style-name="L1">${item('четвертый')}</text:list>
      <text:list text:style-name="L1">${item('новый')}</text:list>
      <text:list text:continue-numbering="true" text:style-name="L1">${item('следующий')}${item('с десятого', ' text:start-value="10"')}${item('одиннадцатый')}</text:list>`
    expect(await lines(odt(body, { automaticStyles: DECIMAL_LIST }))).toEqual(['1) первый', '2) второй', 'Примечание.', '3) третий', '4) четвертый', '1) новый', '2) следующий', '10) с десятого', '11) одиннадцатый'])
  })

  it("writes letters, Roman numbers, Cyrillic letters and LibreOffice's own label pattern", async () => {
    const styles = `<text:list-style style:name="A"><text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="a"/></text:list-style>
      <text:list-style style:name="R"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="I"/></text:list-style>
      <text:list-style style:name="C"><text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="а, б, .., аа, аб, ... (ru)"/></text:list-style>
      <text:list-style style:name="P"><text:list-level-style-number text:level="1" loext:num-list-format="Статья %1%." style:num-format="1"/></text:list-style>`
    const list = (style: string) => `<text:list text:style-name="${style}"><text:list-item><text:p>x</text:p></text:list-item><text:list-item><text:p>y</text:p></text:list-item></text:list>`
    expect(await lines(odt(['A', 'R', 'C', 'P'].map(list).join(''), { automaticStyles: styles }))).toEqual(['a) x', 'b) y', 'I. x', 'II. y', 'а) x', 'б) y', 'Статья 1. x', 'Статья 2. y'])
  })

  it('numbers headings from the outline style, deeper levels starting again under each', async () => {
    const outline = `<text:outline-style style:name="Outline">
      <text:outline-level-style text:level="1" style:num-prefix="Раздел " style:num-format="I"/>
      <text:outline-level-style text:level="2" style:num-prefix="Статья " style:num-format="1"/>
    </text:outline-style>`
    const body = `<text:h text:outline-level="1">Общие положения</text:h><text:h text:outline-level="2">Цели</text:h><text:h text:outline-level="2">Принципы</text:h>
      <text:h text:outline-level="1">Заключительные положения</text:h><text:h text:outline-level="2">Вступление в силу</text:h><text:h text:outline-level="2" text:is-list-header="true">Приложение</text:h>`
    expect(await lines(odt(body, { styles: outline }))).toEqual(['Раздел I Общие положения', 'Статья 1 Цели', 'Статья 2 Принципы', 'Раздел II Заключительные положения', 'Статья 1 Вступление в силу', 'Приложение'])
  })
})

describe('OpenDocument text', () => {
  it('keeps spaces and tabs the file encodes, collapses the rest, and breaks lines where it says', async () => {
    const body = `<text:p>Статья<text:s text:c="3"/>1\n     Стороны<text:tab/>сотрудничают.<text:line-break/>Вторая строка.</text:p>`
    expect(await lines(odt(body))).toEqual(['Статья   1 Стороны\tсотрудничают.', 'Вторая строка.'])
  })

  it('leaves out deleted text of tracked changes, change marks, bookmarks and drawings', async () => {
    const body = `<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>удаленный текст</text:p></text:deletion></text:changed-region></text:tracked-changes>
      <text:p>Стороны<text:change text:change-id="c1"/> сотрудничают<text:bookmark text:name="b"/>.<draw:frame xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"><draw:text-box><text:p>подпись к рисунку</text:p></draw:text-box></draw:frame></text:p>`
    expect(await lines(odt(body))).toEqual(['Стороны сотрудничают.'])
  })

  it('keeps footnotes, endnotes, comments, headers and footers apart from the body', async () => {
    const body = `<text:p>Соглашение<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Вступило в силу.</text:p></text:note-body></text:note> подписано.<office:annotation office:name="c"><dc:creator>Редактор</dc:creator><text:p>Проверить дату.</text:p></office:annotation></text:p>
      <text:p>Текст<text:note text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body><text:p>Концевая сноска.</text:p></text:note-body></text:note>.</text:p>`
    const masterStyles = `<style:master-page style:name="Standard"><style:header><text:p>Бюллетень международных договоров</text:p></style:header><style:footer><text:p>Страница</text:p></style:footer></style:master-page>`
    const extracted = await read(odt(body, { masterStyles }))
    expect(extracted.text).toBe('Соглашение подписано.\nТекст.')
    expect(extracted.apart).toEqual([
      { kind: 'header', label: 'Standard', text: 'Бюллетень международных договоров' },
      { kind: 'footer', label: 'Standard', text: 'Страница' },
      { kind: 'footnote', label: '1', text: 'Вступило в силу.' },
      { kind: 'comment', label: 'c', text: 'Проверить дату.' },
      { kind: 'endnote', label: 'i', text: 'Концевая сноска.' },
    ])
  })

  it('reads a table row of one-line cells as one line, cells apart by tabs', async () => {
    const cell = (text: string) => `<table:table-cell><text:p>${text}</text:p></table:table-cell>`
    const body = `<table:table><table:table-header-rows><table:table-row>${cell('Вид')}${cell('Кто подписывает')}</table:table-row></table:table-header-rows><table:table-row>${cell('межгосударственный')}${cell('Президент')}</table:table-row></table:table>`
    expect(await lines(odt(body))).toEqual(['Вид\tКто подписывает', 'межгосударственный\tПрезидент'])
  })

  it('joins the lines of a letterhead set in a fixed-pitch font into one paragraph, amid proportional text', async () => {
    const fonts = '<style:font-face style:name="Liberation Mono" svg:font-family="\'Liberation Mono\'" style:font-pitch="fixed"/><style:font-face style:name="Times" svg:font-family="Times" style:font-pitch="variable"/>'
    const styles = '<style:style style:name="Preformatted" style:family="paragraph"><style:text-properties style:font-name="Liberation Mono"/></style:style><style:style style:name="Body" style:family="paragraph"><style:text-properties style:font-name="Times"/></style:style>'
    const body = `<text:p text:style-name="Preformatted">ЗА РЕСПУБЛИКУ<text:s text:c="6"/>ЗА КОРОЛЕВСТВО<text:line-break/>КАЗАХСТАН<text:s text:c="10"/>НИДЕРЛАНДОВ</text:p><text:p text:style-name="Body">Совершено в Астане.</text:p><text:p text:style-name="Body">Первая строка<text:line-break/>вторая строка</text:p>`
    expect(await lines(odt(body, { styles, fonts }))).toEqual(['ЗА РЕСПУБЛИКУ      ЗА КОРОЛЕВСТВО\u2028КАЗАХСТАН          НИДЕРЛАНДОВ', 'Совершено в Астане.', 'Первая строка', 'вторая строка'])
  })
})

describe('OpenDocument packages Egiz does not read', () => {
  it('names a spreadsheet or a presentation for what it is, whatever its name', async () => {
    for (const [mimetype, kind] of [['application/vnd.oasis.opendocument.spreadsheet', 'spreadsheet'], ['application/vnd.oasis.opendocument.presentation', 'presentation']]) {
      const result = await extractFile('table.odt', buildZip({ mimetype, 'content.xml': '<office:document-content/>' }))
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.reason).toContain(`a ${kind}`)
    }
  })

  it('refuses a password-protected one as such, not as damaged: its manifest says how its parts are encrypted', async () => {
    const manifest = '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>'
    const ciphertext = Uint8Array.from({ length: 64 }, (_, index) => (index * 37) % 256)
    const result = await extractFile('agreement.odt', buildZip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': ciphertext, 'META-INF/manifest.xml': manifest }))
    expect(result).toMatchObject({ ok: false, problem: 'encrypted', reason: expect.stringContaining('password-protected') })
  })

  it('says where a damaged content.xml breaks, and what to do', async () => {
    const result = await extractFile('agreement.odt', buildZip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': `<office:document-content ${NAMESPACES}><office:body><office:text><text:p>Статья 1</office:text>` }))
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.problem).toBe('damaged')
      expect(result.reason).toMatch(/the \.odt is damaged \(its XML breaks at line 1, column \d+: .*\); open it in LibreOffice and save it again/)
    }
  })

  it('refuses a small file that asks for more text than the budget (millions of spaces), instead of building it', async () => {
    const result = await extractFile('agreement.odt', odt(`<text:p>${'<text:s text:c="1000000"/>'.repeat(40_000)}</text:p>`))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toContain('the ODT file holds more than 32 million characters of text')
  })

  it('refuses a text with no words in it', async () => {
    const result = await extractFile('agreement.odt', odt('<text:p> </text:p>'))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problem).toBe('no-text')
  })
})
