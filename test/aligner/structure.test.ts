import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { normalizeText } from '../../aligner/text/normalize.ts'
import { parseStructure, walkUnits } from '../../aligner/structure/parse.ts'
import { headingLabelAt, parseHeading, parseProtocolTitle } from '../../aligner/structure/headings.ts'
import { amendmentQuotations } from '../../aligner/structure/quoted.ts'
import { corpusSlugs, readPair, seedFiles } from '../helpers/corpus.ts'

const parse = (text: string) => {
  const normalized = normalizeText(text)
  return { text: normalized.text, structure: parseStructure(normalized.text) }
}

describe('parseStructure on the seeds', () => {
  const seeds = seedFiles().map((file) => parse(readFileSync(file, 'utf8')))
  it.each([[0, 26], [1, 11], [2, 17], [3, 22]])('seed %i has %i articles numbered from 1', (index, count) => {
    const articles = seeds[index]!.structure.units.filter((u) => u.kind === 'article')
    expect(articles.map((a) => a.number)).toEqual(Array.from({ length: count }, (_, k) => String(k + 1)))
  })

  it('reads the exchange of notes (seed 004) as points 1–15, quoted twice', () => {
    const points = seeds[4]!.structure.units.filter((u) => u.kind === 'point').map((u) => u.number)
    const once = Array.from({ length: 15 }, (_, k) => String(k + 1))
    expect(points).toEqual([...once, ...once])
  })
})

describe('headings', () => {
  it.each([
    ['Статья 5', 'article', '5', ''],
    ['Статья 5. Цель', 'article', '5', 'Цель'],
    ['5-бап Мақсаты', 'article', '5', 'Мақсаты'],
    ['5 - бап', 'article', '5', ''],
    ['15-бaп.', 'article', '15', ''],
    ['Статья 16 1', 'article', '16-1', ''],
    ['2-1-бап. Халықаралық шарттар', 'article', '2-1', 'Халықаралық шарттар'],
    ['Раздел II', 'section', '2', ''],
    ['ІІІ-тарау', 'chapter', '3', ''],
    ['Глава 3. Заключение', 'chapter', '3', 'Заключение'],
    ['Статья I Создание Агентства', 'article', '1', 'Создание Агентства'],
    ['ІV бап Қызмет түрлері', 'article', '4', 'Қызмет түрлері'],
    ['ХІХ бап', 'article', '19', ''],
    ['Article XXVII', 'article', '27', ''],
    ['Статья 1: Поправка', 'article', '1', 'Поправка'],
    ['1-Бап: Түзету', 'article', '1', 'Түзету'],
    ['1-БАП ЖАЛПЫ ЕРЕЖЕЛЕР', 'article', '1', 'ЖАЛПЫ ЕРЕЖЕЛЕР'],
    ['СТАТЬЯ 5', 'article', '5', ''],
    ['Статья 1 А', 'article', '1-A', ''],
    ['Статья 11 В', 'article', '11-B', ''],
    ['Статья I А', 'article', '1-A', ''],
    ['4-1-бап', 'article', '4-1', ''],
    ['Статья 7 В случае спора', 'article', '7', 'В случае спора'],
    ['Приложение А', 'annex', 'A', ''],
    ['А-қосымша', 'annex', 'A', ''],
    ['Е қосымша', 'annex', 'E', ''],
    ['Приложение № 2', 'annex', '2', ''],
    ['Хаттама', 'protocol', '', ''],
    // Each form once more in its other spellings: a cheap test turns most lines away before the forms run.
    ['II бөлім', 'section', '2', ''],
    ['Бөлім II', 'section', '2', ''],
    ['2-БӨЛІМ', 'section', '2', ''],
    ['РАЗДЕЛ 2. Общие положения', 'section', '2', 'Общие положения'],
    ['I тарау', 'chapter', '1', ''],
    ['3-ТАРАУ', 'chapter', '3', ''],
    ['ГЛАВА 3', 'chapter', '3', ''],
    ['ARTICLE 5', 'article', '5', ''],
    ['25A-бап', 'article', '25-A', ''],
    ['1 - БАП', 'article', '1', ''],
    ['1-қосымша', 'annex', '1', ''],
    ['<В-қосымша>', 'annex', 'B', ''],
    ['ПРИЛОЖЕНИЕ D', 'annex', 'D', ''],
    // A code's параграф.
    ['Параграф 2. Налоговые агенты', 'subchapter', '2', 'Налоговые агенты'],
    ['§ 2', 'subchapter', '2', ''],
    ['2-параграф. Салық агенттері', 'subchapter', '2', 'Салық агенттері'],
    // An inserted article's number raised, as HTML and Word set it.
    ['Статья 5¹. Цели', 'article', '5-1', 'Цели'],
    ['5¹-бап', 'article', '5-1', ''],
    // Numbers written as ordinal words, as older treaties write them.
    ['Статья первая', 'article', '1', ''],
    ['Статья пятнадцатая. Споры', 'article', '15', 'Споры'],
    ['СТАТЬЯ ДВАДЦАТЬ ТРЕТЬЯ', 'article', '23', ''],
    ['Бірінші бап', 'article', '1', ''],
    ['Жиырма үшінші бап. Дауларды шешу', 'article', '23', 'Дауларды шешу'],
    ['ОНЫНШЫ БАП', 'article', '10', ''],
    ['Раздел второй', 'section', '2', ''],
    ['Екінші бөлім', 'section', '2', ''],
    ['Глава третья. Заключительные положения', 'chapter', '3', 'Заключительные положения'],
    ['Үшінші тарау', 'chapter', '3', ''],
  ])('%s', (line, kind, number, title) => {
    expect(parseHeading(line)).toMatchObject({ kind, number, title })
  })

  it('reads a protocol\'s title, as a whole paragraph, in the forms the heading forms leave', () => {
    expect(parseProtocolTitle('ПРОТОКОЛ к Соглашению')).toMatchObject({ kind: 'protocol', title: 'к Соглашению' })
    expect(parseProtocolTitle('Протокол о внесении изменений в Соглашение')).toMatchObject({ kind: 'protocol', title: 'о внесении изменений в Соглашение' })
    expect(parseProtocolTitle('Келісімге өзгерістер енгізу туралы ХАТТАМА')).toMatchObject({ kind: 'protocol' })
    // Sentences, not titles: they end with a stop, or do not open like one.
    expect(parseProtocolTitle('Протокол о намерениях подписан в Астане.')).toBeNull()
    expect(parseProtocolTitle('Протокол вступает в силу с даты подписания')).toBeNull()
    expect(parseProtocolTitle('Тараптар хаттама жасайды.')).toBeNull()
    expect(parseProtocolTitle('осы хаттама')).toBeNull()
  })

  it('does not take references for headings', () => {
    expect(parseHeading('осы Келісімнің 3-бабында айқындалған')).toBeNull()
    expect(parseHeading('3-бабында көзделген')).toBeNull()
    expect(parseHeading('Статья 1 в редакции Закона РК от 15.07.2010 № 335-IV')).toBeNull()
    expect(parseHeading('1-бап жаңа редакцияда - ҚР 2010.07.15 N 335-IV Заңымен')).toBeNull()
    expect(parseHeading('статьи 5. Настоящее Соглашение')).toBeNull()
    expect(parseHeading('8-бап ережелерін қолдану')).toBeNull()
    expect(parseHeading('IIII бап')).toBeNull()
    expect(parseHeading('Статья первая настоящего Соглашения применяется')).toBeNull()
    expect(parseHeading('Бірінші баптың ережелері')).toBeNull()
    expect(parseHeading('Статья двадцать двадцатая')).toBeNull()
  })
})

describe('structure invariants on the corpus', () => {
  it.each(corpusSlugs().flatMap((slug) => (['kk', 'ru'] as const).map((side) => [slug, side] as const)))('%s %s: units are ordered, disjoint and cover every paragraph', (slug, side) => {
    const { text, structure } = parse(readPair(slug)[side])
    let end = 0
    for (const unit of structure.units) {
      expect(unit.start).toBeGreaterThanOrEqual(end)
      expect(text.slice(end, unit.start).trim()).toBe('')
      end = unit.end
    }
    expect(text.slice(end).trim()).toBe('')
    for (const unit of walkUnits(structure.units)) for (const child of unit.children) {
      expect(child.start).toBeGreaterThanOrEqual(unit.start)
      expect(child.end).toBeLessThanOrEqual(unit.end)
    }
  })

  it('reads inserted articles whose superscript was lost (csto 161-бап, Статья 16 1, 211)', () => {
    for (const side of ['kk', 'ru'] as const) {
      const numbers = parse(readPair('csto-charter-2002')[side]).structure.units.filter((u) => u.kind === 'article').map((u) => u.number)
      expect(numbers).toContain('16-1')
      expect(numbers).toContain('21-1')
      expect(numbers).not.toContain('211')
    }
  })
})

describe('the label of the heading a text opens with (article splits take it along)', () => {
  it.each([
    ['Статья 5. Экспроприация', 'Статья 5'],
    ['5-бап Экспроприация\n1) Кез келген…', '5-бап'],
    ['Статья 5 Экспроприация 1) Инвестиции инвесторов любой из Договаривающихся Сторон, осуществленные на территории', 'Статья 5'],
    ['  5 - бап Мақсаты мен міндеттері және осы Келісімнің қолданылу саласы туралы ұзақ тақырып', '5 - бап'],
  ])('%s → %s', (text, label) => expect(headingLabelAt(text)).toBe(label))

  it.each(['Статья 5 настоящего Соглашения применяется к инвестициям.', '8-бап ережелерін қолдану', 'Стороны договорились о следующем.', ''])('none in %j', (text) =>
    expect(headingLabelAt(text)).toBeNull(),
  )
})

describe('the text an amendment quotes', () => {
  const quoted = (text: string) => amendmentQuotations(text).map((span) => text.slice(span.start, span.end))

  it('runs from the quote mark after the formula to the mark that closes it, nested names included', () => {
    const text = 'Статья 1\n\nстатью 5 изложить в следующей редакции:\n«Статья 5\n\nАО «Байтерек» исполняет настоящее Соглашение.».\n\nСтатья 2\n\nНастоящий Протокол вступает в силу.'
    expect(quoted(text)).toEqual(['«Статья 5\n\nАО «Байтерек» исполняет настоящее Соглашение.»'])
    expect(quoted('5-бап мынадай редакцияда жазылсын: "5-бап. Тараптар келісті." Осы Хаттама')).toEqual(['"5-бап. Тараптар келісті."'])
  })

  it('is no quotation after a colon that introduces no amendment, or one that never closes', () => {
    expect(quoted('Стороны договорились о следующем: «Статья 5 применяется».')).toEqual([])
    expect(quoted('статью 5 изложить в следующей редакции: «Статья 5\n\nСтатья 6 настоящего Соглашения')).toEqual([])
  })
})
