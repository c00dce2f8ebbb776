import { describe, expect, it } from 'vitest'
import { catSegments, cutPair } from '../../../aligner/tmx/cat-segments.ts'
import { cleanSegment } from '../../../aligner/tmx/writer.ts'

describe('segments as CAT tools cut them', () => {
  it('cuts a heading number off before a capital and cuts after . ? ! followed by a space, as OmegaT does', () => {
    expect(catSegments('1. Тараптар келісті. Осы Келісім күшіне енеді.')).toEqual(['1.', 'Тараптар келісті.', 'Осы Келісім күшіне енеді.'])
    expect(catSegments('1) движимое имущество;')).toEqual(['1) движимое имущество;'])
    expect(catSegments('Совершено в г. Алма-Ате')).toEqual(['Совершено в г.', 'Алма-Ате'])
  })

  it('cuts a preformatted block at each line (a line break inside a paragraph), as OmegaT does, and keeps the whole block too', () => {
    expect(catSegments('Шын ниетпен\u2028Кристофер Ловлас. Директор')).toEqual(['Шын ниетпен', 'Кристофер Ловлас.', 'Директор'])
    expect(cutPair(['Шын ниетпен\u2028Кристофер Ловлас'], ['Искренне ваш,\u2028Кристофер Ловлас'])).toEqual([
      ['Шын ниетпен', 'Искренне ваш,'],
      ['Кристофер Ловлас', 'Кристофер Ловлас'],
      ['Шын ниетпен Кристофер Ловлас', 'Искренне ваш, Кристофер Ловлас'],
    ])
    // Lines pair by length, whatever their numbers (a column layout puts them on other lines).
    const letterhead = cutPair(['The World Bank   1818 H Street\u2028INTERNATIONAL BANK   Washington 20433\u2028ASSOCIATION'], ['The World Bank   1818 Н Street   Washington\u2028INTERNATIONAL BANK   20433\u2028ASSOCIATION'])
    expect(letterhead).toContainEqual(['ASSOCIATION', 'ASSOCIATION'])
    expect(letterhead.at(-1)).toEqual(['The World Bank   1818 H Street INTERNATIONAL BANK   Washington 20433 ASSOCIATION', 'The World Bank   1818 Н Street   Washington INTERNATIONAL BANK   20433 ASSOCIATION'])
    expect(cleanSegment('Қазақстан\u2028Республикасы 1992')).toBe('Қазақстан Республикасы 1992')
    // A line holding a sentence end is two segments in OmegaT: the units follow its cut.
    const cutLine = cutPair(['The World Ваnk   1818 H Street N.W.   (202) 477-1234\u2028ASSOCIATION'], ['The World Bank   1818 Н Street N.W.   (202) 477-1234\u2028ASSOCIATION'])
    expect(cutLine).toContainEqual(['The World Ваnk   1818 H Street N.W.', 'The World Bank   1818 Н Street N.W.'])
    expect(cutLine).toContainEqual(['(202) 477-1234', '(202) 477-1234'])
  })

  it('pairs paragraphs and their segments in order when both sides cut alike and carry the same numbers', () => {
    expect(cutPair(['Осы келiсiмде:', 'а/ “Инвестиция” терминi 1992 жылғы'], ['В настоящем Соглашении:', 'а) Термин “Инвестиция” 1992 года'])).toEqual([
      ['Осы келiсiмде:', 'В настоящем Соглашении:'],
      ['а/ “Инвестиция” терминi 1992 жылғы', 'а) Термин “Инвестиция” 1992 года'],
    ])
  })

  it('keeps a pair whole when its pieces cannot all be paired, never pairing pieces that do not translate each other', () => {
    // The Russian tool cuts after `г.`; the Kazakh sentence has no such cut: one unit, whole.
    expect(cutPair(['Алматы қаласында 1992 жылғы 29 қыркүйекте жасалды.'], ['Совершено в г. Алма-Ате 29 сентября 1992 года.'])).toEqual([
      ['Алматы қаласында 1992 жылғы 29 қыркүйекте жасалды.', 'Совершено в г. Алма-Ате 29 сентября 1992 года.'],
    ])
    // Different numbers in the two orders of pieces: not cut.
    expect(cutPair(['1. Бірінші. 2. Екінші.'], ['2. Второе. 1. Первое.'])).toHaveLength(1)
  })

  it('cuts an editorial note\'s lead word off both sides, as CAT tools do, whatever the note\'s text says', () => {
    // The Russian note says more (`см. п. 2`) than the Kazakh one: the bodies still pair, as the whole pair did.
    expect(cutPair(['Ескерту. 1-бапқа өзгеріс енгізілді - ҚР 2011.11.28 № 499-IV Заңымен.'], ['Сноска. Статья 1 с изменением, внесенным Законом РК от 28.11.2011 № 499-IV (порядок вступления в силу см. п. 2).'])).toEqual([
      ['Ескерту.', 'Сноска.'],
      ['1-бапқа өзгеріс енгізілді - ҚР 2011.11.28 № 499-IV Заңымен.', 'Статья 1 с изменением, внесенным Законом РК от 28.11.2011 № 499-IV (порядок вступления в силу см. п. 2).'],
    ])
    // A lead word on one side only is not cut off by this rule.
    expect(cutPair(['Ескерту. Мәтін.'], ['Текст.'])[0]).toEqual(['Ескерту. Мәтін.', 'Текст.'])
  })

  it('also pairs the segments of `egiz rules` where the default rules cut after an initial or an abbreviation', () => {
    // OmegaT's default rules cut after `Н.А.`; with `egiz rules` it looks the whole sentence up.
    const kk = 'Қазақстан Республикасының Президенті Н.Ә. Назарбаев қол қойды.'
    const ru = 'Подписано Президентом Республики Казахстан Н.А. Назарбаевым.'
    expect(cutPair([kk], [ru])).toEqual([
      ['Қазақстан Республикасының Президенті Н.Ә.', 'Подписано Президентом Республики Казахстан Н.А.'],
      ['Назарбаев қол қойды.', 'Назарбаевым.'],
      [kk, ru],
    ])
    // The same in a signature of two paragraphs: the name is one segment under `egiz rules`.
    expect(cutPair(['Қазақстан Республикасының Президенті', 'Н. НАЗАРБАЕВ'], ['Президент Республики Казахстан', 'Н. НАЗАРБАЕВ'])).toEqual([
      ['Қазақстан Республикасының Президенті', 'Президент Республики Казахстан'],
      ['Н.', 'Н.'],
      ['НАЗАРБАЕВ', 'НАЗАРБАЕВ'],
      ['Н. НАЗАРБАЕВ', 'Н. НАЗАРБАЕВ'],
    ])
    // Two sentences: the tool cuts them apart under either rules, so no whole pair.
    expect(cutPair(['Бірінші сөйлем. Екінші сөйлем.'], ['Первое предложение. Второе предложение.'])).toHaveLength(2)
  })

  it('pairs the rest where one side\'s number is cut off and the other has none (Word numbering, outside the text)', () => {
    const kk = '2. Конвенцияның кіріспесі төменде келтірілген мәтінмен ауыстырылады:'
    const ru = 'Преамбула Конвенции заменяется текстом, приведенным ниже:'
    expect(cutPair([kk], [ru])).toEqual([['Конвенцияның кіріспесі төменде келтірілген мәтінмен ауыстырылады:', ru], [kk, ru]])
    expect(cutPair([ru], [kk])).toEqual([[ru, 'Конвенцияның кіріспесі төменде келтірілген мәтінмен ауыстырылады:'], [ru, kk]])
  })

  it('gives both cuts where one side\'s number label is cut off and the other\'s is not', () => {
    expect(cutPair(['1/ Кез келген инвестициялар ұлттандырылмайды.'], ['1) Инвестиции не могут быть национализированы.'])).toEqual([
      ['1/ Кез келген инвестициялар ұлттандырылмайды.', '1) Инвестиции не могут быть национализированы.'],
      ['1/', '1)'],
      ['Кез келген инвестициялар ұлттандырылмайды.', 'Инвестиции не могут быть национализированы.'],
    ])
  })

  it('gives both cuts where one side has a heading\'s number on its own line and the other does not', () => {
    expect(cutPair(['I тарау Мақсаттар мен қағидаттар'], ['Глава I', 'Цели и принципы'])).toEqual([
      ['I тарау Мақсаттар мен қағидаттар', 'Глава I Цели и принципы'],
      ['I тарау', 'Глава I'],
      ['Мақсаттар мен қағидаттар', 'Цели и принципы'],
    ])
    // A CAT tool cuts `Статья 1.` | `Определения` but not `1-бап Анықтамалар`: the unit for each.
    expect(cutPair(['1-бап Анықтамалар'], ['Статья 1. Определения'])).toEqual([
      ['1-бап Анықтамалар', 'Статья 1. Определения'],
      ['1-бап', 'Статья 1.'],
      ['Анықтамалар', 'Определения'],
    ])
    // A sub-section's number cut off on one side only (`2.2-бөлім.` | `Мақсаты`): both cuts.
    expect(cutPair(['2.2-бөлім. Мақсаты'], ['Раздел 2.2 Цель'])).toEqual([['2.2-бөлім. Мақсаты', 'Раздел 2.2 Цель'], ['2.2-бөлім.', 'Раздел 2.2'], ['Мақсаты', 'Цель']])
    // Both cut alike by the default rules; `egiz rules` keep a heading's number with its title, so the whole too.
    expect(cutPair(['1-бап. Анықтамалар'], ['Статья 1. Определения'])).toEqual([['1-бап.', 'Статья 1.'], ['Анықтамалар', 'Определения'], ['1-бап. Анықтамалар', 'Статья 1. Определения']])
  })

  it('pairs a point of several levels cut off by the default rules, with its stop on one side only', () => {
    expect(cutPair(['1.1. Гранттың мақсаты - көмек көрсету.'], ['1.1 Целью Гранта является оказание помощи.'])).toContainEqual([
      'Гранттың мақсаты - көмек көрсету.',
      'Целью Гранта является оказание помощи.',
    ])
  })

  it('reads numbers grouped by spaces as the same numbers, and a number opening a segment as a reference too', () => {
    expect(cutPair(['4.5. Құны 100 000 АҚШ долларынан аспайтын қызметтер.'], ['4.5. Услуги стоимостью менее 100000 долларов США.'])).toContainEqual([
      'Құны 100 000 АҚШ долларынан аспайтын қызметтер.',
      'Услуги стоимостью менее 100000 долларов США.',
    ])
    // `4.2 - тармақтың` is a reference where the Russian cuts its `4.3.` off before a capital.
    expect(cutPair(['4.3. 4.2 - тармақтың ережесіне қарамастан:'], ['4.3. Несмотря на положения пункта 4.2:'])).toContainEqual([
      '4.2 - тармақтың ережесіне қарамастан:',
      'Несмотря на положения пункта 4.2:',
    ])
  })

  it('pairs the segments of the joined text where one version breaks a paragraph inside a sentence', () => {
    // The Kazakh document has a blank line after `бап`; the Russian paragraph is whole, and OmegaT
    // cuts it after `10.`: both of its segments get a unit.
    const kazakh = ['10. Конвенцияның 11-бабынан кейін мынадай екі жаңа бап', '11 А бабы және 11 В бабы қосылады:']
    const russian = ['10. После статьи 11 Конвенции добавляются следующие две новые статьи, статья 11 А и статья 11 В:']
    expect(cutPair(kazakh, russian)).toEqual([
      ['10.', '10.'],
      ['Конвенцияның 11-бабынан кейін мынадай екі жаңа бап 11 А бабы және 11 В бабы қосылады:', 'После статьи 11 Конвенции добавляются следующие две новые статьи, статья 11 А и статья 11 В:'],
    ])
    // Joined, the pieces still carry other numbers: whole.
    expect(cutPair(['1. Бірінші бап', '2 тармақ.'], ['1. Первая статья, пункт 3.'])).toEqual([['1. Бірінші бап 2 тармақ.', '1. Первая статья, пункт 3.']])
  })

  it('reads the line breaks of a wrapped paragraph as spaces and leaves a one-sided pair whole', () => {
    expect(cutPair(['Тараптар\nкелісті.'], ['Стороны\nсогласились.'])).toEqual([['Тараптар келісті.', 'Стороны согласились.']])
    expect(cutPair(['Жалғыз.'], [])).toEqual([['Жалғыз.', '']])
  })
})
