// One small hand-written pair per kind of document that broke article alignment before: heading
// forms, what is not a heading, tails, amending instruments, omissions and front matter. Each test
// asserts the pairs themselves.
import { describe, expect, it } from 'vitest'
import { alignDocuments, prepareDocument, type AlignmentResult, type PreparedDocument } from '../../aligner/pipeline.ts'
import type { LanguageCode } from '../../aligner/language.ts'

function prepared(text: string, language: LanguageCode): PreparedDocument {
  const result = prepareDocument({ name: `${language}.txt`, bytes: new TextEncoder().encode(text) }, language)
  if (!result.ok) throw new Error(result.reason)
  return result.document
}

function align(kk: string, ru: string, level: 'article' | 'sentence' = 'article'): AlignmentResult {
  return alignDocuments(prepared(kk, 'kk'), prepared(ru, 'ru'), { level })
}

/** Each article-level pair as `kk labels | ru labels` (`—` for an empty side). */
function labelPairs(result: AlignmentResult): string[] {
  return result.pairs.filter((p) => p.level === 'article' && (p.kk.labels.length > 0 || p.ru.labels.length > 0)).map((p) => `${p.kk.labels.join(',') || '—'} | ${p.ru.labels.join(',') || '—'}`)
}

/** The pair whose Russian side starts with `start`. */
function pairStartingWith(result: AlignmentResult, side: 'kk' | 'ru', start: string) {
  return result.pairs.find((p) => p.level === 'article' && p[side].text.startsWith(start))
}

const KK_BODY = 'Уағдаласушы Тараптар осы Келісімнің ережелерін өзара құрмет пен теңдік негізінде орындайды.'
const RU_BODY = 'Договаривающиеся Стороны выполняют положения настоящего Соглашения на основе взаимного уважения и равенства.'

describe('heading forms', () => {
  it('roman numbers, with Cyrillic І and Х on the Kazakh side', () => {
    const kk = ['Жарғы', 'I бап Құру', KK_BODY, 'ІV бап Қызмет', KK_BODY, 'Х бап Кеңес', KK_BODY].join('\n\n')
    const ru = ['Устав', 'Статья I Создание', RU_BODY, 'Статья IV Деятельность', RU_BODY, 'Статья X Совет', RU_BODY].join('\n\n')
    // The labels are the clean text's: the look-alike repair wrote `ІV` (Cyrillic І, Latin V) as `IV`.
    expect(labelPairs(align(kk, ru))).toEqual(['I бап | Статья I', 'IV бап | Статья IV', 'Х бап | Статья X'])
  })

  it('a code\'s параграфs between its chapters and articles (`Параграф 1` / `§ 1` ↔ `1-параграф`), each a unit of its own', () => {
    const kk = ['Кодекс', '1-тарау. Жалпы ережелер', '1-параграф. Негізгі ұғымдар', '1-бап. Ұғымдар', KK_BODY, '2-бап. Қолданылуы', KK_BODY, '2-параграф. Салық агенттері', '3-бап. Агенттер', KK_BODY].join('\n\n')
    const ru = ['Кодекс', 'Глава 1. Общие положения', '§ 1. Основные понятия', 'Статья 1. Понятия', RU_BODY, 'Статья 2. Применение', RU_BODY, 'Параграф 2. Налоговые агенты', 'Статья 3. Агенты', RU_BODY].join('\n\n')
    expect(labelPairs(align(kk, ru))).toEqual(['1-тарау | Глава 1', '1-параграф | § 1', '1-бап | Статья 1', '2-бап | Статья 2', '2-параграф | Параграф 2', '3-бап | Статья 3'])
  })

  it('a colon or a dot after the number, headings in capitals, Article in Latin letters', () => {
    const kk = ['Хаттама', '1-Бап: Түзету', KK_BODY, '2-БАП. ЖАЛПЫ ЕРЕЖЕЛЕР', KK_BODY, '3-бап.', KK_BODY].join('\n\n')
    const ru = ['Протокол', 'Статья 1: Поправка', RU_BODY, 'СТАТЬЯ 2. ОБЩИЕ ПОЛОЖЕНИЯ', RU_BODY, 'Article 3', RU_BODY].join('\n\n')
    expect(labelPairs(align(kk, ru))).toEqual(['Хаттама | Протокол', '1-Бап | Статья 1', '2-БАП | СТАТЬЯ 2', '3-бап | Article 3'])
  })

  it('a heading broken over two lines, and a chapter whose title is on the next line', () => {
    const kk = ['Келісім', 'I тарау. Мақсаттар мен қағидаттар', '1-бап', KK_BODY, '5-бап Тіл', KK_BODY].join('\n\n')
    const ru = ['Соглашение', 'Глава I', 'Цели и принципы', 'Статья 1', RU_BODY, 'Статья', '5 Язык', RU_BODY].join('\n\n')
    const result = align(kk, ru)
    expect(labelPairs(result)).toEqual(['I тарау | Глава I', '1-бап | Статья 1', '5-бап | Статья 5'])
    expect(pairStartingWith(result, 'ru', 'Глава I')!.ru.text).toBe('Глава I\nЦели и принципы')
  })

  it('lettered and inserted articles', () => {
    const kk = ['Келісім', '4-бап', KK_BODY, '4-1-бап', KK_BODY, '5-бап', KK_BODY].join('\n\n')
    const ru = ['Соглашение', 'Статья 4', RU_BODY, 'Статья 4-1', RU_BODY, 'Статья 5', RU_BODY].join('\n\n')
    expect(labelPairs(align(kk, ru))).toEqual(['4-бап | Статья 4', '4-1-бап | Статья 4-1', '5-бап | Статья 5'])
  })
})

describe('what is not a heading', () => {
  it('a wrapped line that starts with "статьи 5." in the middle of a sentence', () => {
    const kk = ['      Келісім', '      4-бап', `      ${KK_BODY}`, '      5-бап', `      ${KK_BODY}`].join('\n')
    const ru = [
      '      Соглашение',
      '      Статья 4',
      '      Споры разрешаются путем переговоров с учетом положений',
      'статьи 5. Стороны сотрудничают в целях применения настоящего Соглашения.',
      '      Статья 5',
      `      ${RU_BODY}`,
    ].join('\n')
    expect(labelPairs(align(kk, ru))).toEqual(['4-бап | Статья 4', '5-бап | Статья 5'])
  })

  it('a cross-reference that opens an article text', () => {
    const kk = ['Келісім', '7-бап', '8-бап ережелерін қолдану тәртібін Тараптар бірлесіп айқындайды.', '8-бап', KK_BODY].join('\n\n')
    const ru = ['Соглашение', 'Статья 7', 'Порядок применения положений статьи 8 Стороны определяют совместно.', 'Статья 8', RU_BODY].join('\n\n')
    expect(labelPairs(align(kk, ru))).toEqual(['7-бап | Статья 7', '8-бап | Статья 8'])
  })
})

describe('what follows the last article', () => {
  it('a testimonium in capitals, a certification in one version only, an interleaved signature block', () => {
    const kk = ['Келісім', '1-бап', KK_BODY, '2-бап', KK_BODY, 'Найроби қаласында 2001 жылғы 5 мамырда екі данада жасалынды.', 'Қазақстан Республикасының Үкіметі үшін     Кения Республикасының Үкіметі үшін', 'Министр     Министр'].join('\n\n')
    const ru = [
      'Соглашение', 'Статья 1', RU_BODY, 'Статья 2', RU_BODY,
      'СОВЕРШЕНО В НАЙРОБИ 5 МАЯ 2001 ГОДА В ДВУХ ЭКЗЕМПЛЯРАХ.',
      'За Правительство     За Правительство', 'Республики Казахстан     Республики Кения', 'Министр     Министр',
      'Настоящим подтверждаю, что приведенный выше текст является подлинной копией Соглашения.', 'Верно:', 'Юрисконсульт',
    ].join('\n\n')
    const result = align(kk, ru)
    expect(labelPairs(result)).toEqual(['1-бап | Статья 1', '2-бап | Статья 2'])
    expect(pairStartingWith(result, 'ru', 'Статья 2')!.ru.text).toBe(`Статья 2\n${RU_BODY}`)
    expect(pairStartingWith(result, 'ru', 'СОВЕРШЕНО')!.kk.text).toMatch(/жасалынды\.$/)
    const signature = pairStartingWith(result, 'ru', 'За Правительство')!
    expect(signature.ru.text).toBe('За Правительство За Правительство\nРеспублики Казахстан Республики Кения\nМинистр Министр')
    expect(signature.kk.text).toMatch(/^Қазақстан Республикасының Үкіметі үшін[^]*Министр$/)
    const certification = pairStartingWith(result, 'ru', 'Настоящим подтверждаю')!
    expect(certification.kk.start).toBe(-1)
    expect(certification.ru.text).toMatch(/Юрисконсульт$/)
  })

  it('keeps the signature block as one sentence pair', () => {
    const kk = ['Келісім', '1-бап', KK_BODY, 'Қазақстан Республикасының Үкіметі үшін', 'А. Оспанов', 'Кения Республикасының Үкіметі үшін', 'Дж. Омондо'].join('\n\n')
    const ru = ['Соглашение', 'Статья 1', RU_BODY, 'За Правительство Республики Казахстан', 'А. Оспанов', 'За Правительство Республики Кения', 'Дж. Омондо'].join('\n\n')
    const sentences = align(kk, ru, 'sentence').pairs
    const block = sentences.find((p) => p.ru.text.startsWith('За Правительство'))!
    expect(block.kind).toBe('1-1')
    expect(block.ru.text).toBe('За Правительство Республики Казахстан\nА. Оспанов\nЗа Правительство Республики Кения\nДж. Омондо')
    expect(block.kk.text).toMatch(/^Қазақстан Республикасының Үкіметі үшін[^]*Дж. Омондо$/)
  })

  // The tail of an agreement with an annex, as the database sets it: Kazakh signatures broken after
  // the party, the annex's header over short lines (annex word first in Russian, last in Kazakh),
  // and a certification of the copy in the Kazakh version only that names where the treaty was done.
  const KK_TAIL = [
    'Келісім', '1-бап', KK_BODY, 'Мәскеу қаласында 2004 жылғы 22 желтоқсанда екі данада жасалды.',
    'Қазақстан Республикасының', 'Үкіметі үшін', 'Ресей Федерациясының', 'Үкіметі үшін',
    'Қазақстан Республикасының Үкіметі', 'мен Ресей Федерациясының Үкіметі', 'арасындағы келісімге', 'ҚОСЫМША',
    'Келісімнің 8-бабына сәйкес преференциялар берілетін тауарлардың тізбесі', '1. Зымырандар мен ғарыш аппараттары;', '2. Отын мен материалдар.',
    'Осымен 2004 жылғы 22 желтоқсанда Мәскеу қаласында жасалған келісімнің бұл көшірмесінің дәлдігін куәландырамын.', 'Басқарма бастығы',
  ]
  const RU_TAIL = [
    'Соглашение', 'Статья 1', RU_BODY, 'Совершено в Москве 22 декабря 2004 года в двух экземплярах.',
    'За Правительство', 'Республики Казахстан', 'За Правительство', 'Российской Федерации',
    'ПРИЛОЖЕНИЕ', 'к Соглашению между', 'Правительством Республики', 'Казахстан и Правительством', 'Российской Федерации',
    'Перечень товаров, на которые предоставляются преференции в соответствии со статьей 8 Соглашения', '1. Ракеты и космические аппараты;', '2. Топливо и материалы.',
  ]

  it('a signature broken after its party, an annex header over short lines, a certification that names the place', () => {
    const kinds = (text: string, language: LanguageCode) => prepared(text, language).structure.units.map((unit) => unit.kind)
    expect(kinds(KK_TAIL.join('\n\n'), 'kk')).toEqual(['title', 'article', 'final-clause', 'signature', 'annex', 'paragraph', 'point', 'point', 'certification'])
    expect(kinds(RU_TAIL.join('\n\n'), 'ru')).toEqual(['title', 'article', 'final-clause', 'signature', 'annex', 'paragraph', 'point', 'point'])
    const result = align(KK_TAIL.join('\n\n'), RU_TAIL.join('\n\n'))
    expect(pairStartingWith(result, 'ru', 'За Правительство')!.kk.text).toBe('Қазақстан Республикасының\nҮкіметі үшін\nРесей Федерациясының\nҮкіметі үшін')
    expect(pairStartingWith(result, 'ru', 'ПРИЛОЖЕНИЕ')!.kk.text).toMatch(/^Қазақстан Республикасының Үкіметі[^]*келісімге\nҚОСЫМША$/)
    expect(pairStartingWith(result, 'ru', 'Перечень')!.kk.text).toMatch(/^Келісімнің 8-бабына/)
    const certification = pairStartingWith(result, 'kk', 'Осымен')!
    expect(certification.ru.start).toBe(-1)
    expect(certification.kk.text).toMatch(/Басқарма бастығы$/)
  })

  it('a Kazakh certification that closes with its verb ends the last article; Подтверждаю … is a certification', () => {
    const kk = ['Жарғы', '1-бап', KK_BODY, '2-бап', KK_BODY, '1955 жылғы 15 шілдеде Гаагада жасалған Жарғының қазақ тіліндегі аудармасы Жарғы мазмұнына сәйкес келетінін куәландырамын.', 'Департамент директорының орынбасары']
    const ru = ['Устав', 'Статья 1', RU_BODY, 'Статья 2', RU_BODY, 'Подтверждаю достоверность перевода Устава на русский язык.', 'Заместитель директора департамента']
    const result = align(kk.join('\n\n'), ru.join('\n\n'))
    expect(pairStartingWith(result, 'ru', 'Статья 2')!.kk.text).toBe(`2-бап\n${KK_BODY}`)
    expect(pairStartingWith(result, 'ru', 'Подтверждаю')!.kk.text).toMatch(/^1955 жылғы[^]*орынбасары$/)
    // The depositary clause of the treaty itself is no certification of a copy.
    const done = ['Соглашение', 'Статья 1', RU_BODY, 'Совершено в городе Бишкек 17 июня 1999 года в одном подлинном экземпляре на русском языке.', 'Подлинный экземпляр хранится в Исполнительном комитете.']
    expect(prepared(done.join('\n\n'), 'ru').structure.units.map((unit) => unit.kind)).not.toContain('certification')
  })

  it("a depositary's certification in both versions pairs, and a note's number opens the next note", () => {
    const kk = ['Келісім', '1-бап', KK_BODY, 'Осымен Агенттіктің Бас директоры атынан, депозитарий ретінде, қоса берілген құжаттың дәл көшірме екенін куәландырамын.', 'Бас директор атынан', 'Бейресми аударма', 'N 13/234', 'Министрлік өзінің ізет-құрметін білдіреді.']
    const ru = ['Соглашение', 'Статья 1', RU_BODY, 'От имени Генерального директора Агентства в качестве депозитария настоящим удостоверяю, что прилагаемый документ является точной копией.', 'за Генерального директора', 'Неофициальный перевод', 'N 13/234', 'Министерство свидетельствует свое уважение.']
    const kinds = prepared(ru.join('\n\n'), 'ru').structure.units.map((unit) => unit.kind)
    expect(kinds.slice(2, 4)).toEqual(['certification', 'note'])
    const result = align(kk.join('\n\n'), ru.join('\n\n'))
    expect(pairStartingWith(result, 'ru', 'От имени')!.kk.text).toMatch(/^Осымен[^]*Бас директор атынан$/)
    expect(pairStartingWith(result, 'ru', 'Неофициальный перевод')!.kk.text).toBe('Бейресми аударма')
    expect(pairStartingWith(result, 'ru', 'N 13/234')!.kk.text).toBe('N 13/234')
  })
})

describe('amending instruments', () => {
  it('quoted replacement articles stay inside the amending point that quotes them, with or without the quote mark', () => {
    const kk = [
      'Келісімге түзету',
      '1. Келісімнің 22-бабы мынадай редакцияда жазылсын:',
      '"22-бап',
      'Тараптар ақпарат алмасады."',
      '2. Келісімнің 25-бабынан кейін мынадай мазмұндағы 25 А-бапты қосылсын:',
      '25 А-бап',
      'Тараптар кездесулер өткізеді.',
      '3. Осы Түзету қол қойылған күнінен бастап күшіне енеді.',
    ].join('\n\n')
    const ru = [
      'Поправка к Соглашению',
      '1. Статью 22 Соглашения изложить в следующей редакции:',
      '"Статья 22',
      'Стороны обмениваются информацией."',
      '2. После статьи 25 Соглашения добавить статью 25 А следующего содержания:',
      'Статья 25 А',
      'Стороны проводят встречи.',
      '3. Настоящая Поправка вступает в силу с даты ее подписания.',
    ].join('\n\n')
    const result = align(kk, ru)
    expect(labelPairs(result)).toEqual(['1. | 1.', '2. | 2.', '3. | 3.'])
    expect(pairStartingWith(result, 'ru', '2.')!.ru.text).toContain('Стороны проводят встречи.')
  })

  it('the testimonium ends a quotation: the articles of a protocol that follows number afresh', () => {
    const kk = [
      'Келісімге өзгерістер енгізу туралы хаттама',
      '1-бап',
      KK_BODY,
      '2-бап',
      'Келісімнің 5-бабы мынадай редакцияда жазылсын:',
      '5-бап',
      KK_BODY,
      'Астана қаласында 2010 жылғы 1 шілдеде екі данада жасалды.',
      'Қазақстан Республикасының Үкіметі үшін',
      'Хаттамаға қосымша',
      '1-бап',
      KK_BODY,
      '2-бап',
      KK_BODY,
    ].join('\n\n')
    const ru = [
      'Протокол о внесении изменений в Соглашение',
      'Статья 1',
      RU_BODY,
      'Статья 2',
      'Статью 5 Соглашения изложить в следующей редакции:',
      'Статья 5',
      RU_BODY,
      'Совершено в городе Астане 1 июля 2010 года в двух экземплярах.',
      'За Правительство Республики Казахстан',
      'Приложение к Протоколу',
      'Статья 1',
      RU_BODY,
      'Статья 2',
      RU_BODY,
    ].join('\n\n')
    const pairs = labelPairs(align(kk, ru))
    expect(pairs.filter((pair) => pair === '1-бап | Статья 1')).toHaveLength(2)
    expect(pairs.filter((pair) => pair === '2-бап | Статья 2')).toHaveLength(2)
    expect(pairs).not.toContain('5-бап | Статья 5')
  })
})

describe('a protocol after the agreement', () => {
  it('its heading, `ПРОТОКОЛ к Соглашению` ↔ `Келісімге хаттама`, stands apart from the signatures above it, and its articles number afresh', async () => {
    const { checkAlignment } = await import('../../aligner/checks/run.ts')
    const kk = ['Келісім', '1-бап', KK_BODY, '2-бап', KK_BODY, 'Астана қаласында 2010 жылғы 1 шілдеде екі данада жасалды.', 'Қазақстан Республикасы үшін', 'Қырғыз Республикасы үшін', 'Келісімге хаттама', '1-бап', KK_BODY, '2-бап', KK_BODY].join('\n\n')
    const ru = ['Соглашение', 'Статья 1', RU_BODY, 'Статья 2', RU_BODY, 'Совершено в городе Астане 1 июля 2010 года в двух экземплярах.', 'За Республику Казахстан', 'За Кыргызскую Республику', 'ПРОТОКОЛ к Соглашению', 'Статья 1', RU_BODY, 'Статья 2', RU_BODY].join('\n\n')
    const kkDocument = prepared(kk, 'kk')
    const ruDocument = prepared(ru, 'ru')
    const result = alignDocuments(kkDocument, ruDocument, { level: 'article' })
    const protocol = result.pairs.find((pair) => pair.ru.text === 'ПРОТОКОЛ к Соглашению')
    expect(protocol?.kk.text).toBe('Келісімге хаттама')
    expect(result.pairs.find((pair) => pair.ru.text.startsWith('За Республику Казахстан'))?.ru.text).not.toContain('ПРОТОКОЛ')
    // Article 1 after article 2 starts the protocol's numbering: no article "appears twice".
    expect(checkAlignment({ result, kk: kkDocument, ru: ruDocument }).filter((finding) => finding.kind === 'structure')).toEqual([])
  })
})

describe('a protocol named in a list', () => {
  it('stays a line of the article that lists it, after the lead-in (`являются:` / `Протокол о …`)', () => {
    const kk = ['Келісім', '1-бап', KK_BODY, '2-бап', 'Осы Келісімнің ажырамас бөліктері мыналар болып табылады:', 'Өзара іс-қимыл тәртібі туралы хаттама', 'Ақпарат алмасу туралы хаттама', '3-бап', KK_BODY].join('\n\n')
    const ru = ['Соглашение', 'Статья 1', RU_BODY, 'Статья 2', 'Неотъемлемыми частями настоящего Соглашения являются:', 'Протокол о порядке взаимодействия', 'Протокол об обмене информацией', 'Статья 3', RU_BODY].join('\n\n')
    const result = align(kk, ru)
    expect(labelPairs(result)).toEqual(['1-бап | Статья 1', '2-бап | Статья 2', '3-бап | Статья 3'])
    expect(pairStartingWith(result, 'ru', 'Статья 2')!.ru.text).toContain('Протокол об обмене информацией')
  })
})

describe('omissions', () => {
  const long = (body: string, times: number) => Array.from({ length: times }, () => body).join('\n\n')
  const kkArticles = [1, 2, 3, 4, 5].flatMap((n) => [`${n}-бап`, long(KK_BODY, 3)])
  const ruArticles = [1, 2, 3, 4, 5].flatMap((n) => [`Статья ${n}`, long(RU_BODY, 3)])

  it('a big omission keeps the two same-numbered articles paired, with low confidence and a warning', () => {
    const ru = [...ruArticles]
    ru[5] = RU_BODY // article 3 cut to its first paragraph
    const result = align(['Келісім', ...kkArticles].join('\n\n'), ['Соглашение', ...ru].join('\n\n'))
    expect(labelPairs(result)).toEqual(['1-бап | Статья 1', '2-бап | Статья 2', '3-бап | Статья 3', '4-бап | Статья 4', '5-бап | Статья 5'])
    const third = pairStartingWith(result, 'ru', 'Статья 3')!
    expect(third.confidence).toBeLessThan(0.5)
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'length-mismatch', severity: 'warning', pair: third.id }))
    expect(pairStartingWith(result, 'ru', 'Статья 2')!.confidence).toBeGreaterThan(0.9)
  })

  it('a deleted article shows alone with a finding, and its neighbours stay paired', () => {
    const ru = [...ruArticles.slice(0, 4), ...ruArticles.slice(6)]
    const result = align(['Келісім', ...kkArticles].join('\n\n'), ['Соглашение', ...ru].join('\n\n'))
    expect(labelPairs(result)).toEqual(['1-бап | Статья 1', '2-бап | Статья 2', '3-бап | —', '4-бап | Статья 4', '5-бап | Статья 5'])
    const alone = pairStartingWith(result, 'kk', '3-бап')!
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'missing-article', severity: 'warning', pair: alone.id }))
  })

  it('never leaves the same number alone on both sides next to each other', () => {
    const ru = [...ruArticles]
    ru[5] = long(RU_BODY, 12) // article 3 four times as long in Russian
    const pairs = labelPairs(align(['Келісім', ...kkArticles].join('\n\n'), ['Соглашение', ...ru].join('\n\n')))
    expect(pairs).toContain('3-бап | Статья 3')
    expect(pairs.filter((pair) => pair.includes('—'))).toEqual([])
  })
})

describe('two articles glued together', () => {
  it('a pair whose text holds the next article heading is below 0.5, and says why', () => {
    const kk = ['Келісім', '4-бап', KK_BODY, '5-бап Тіл', KK_BODY, '6-бап', KK_BODY].join('\n\n')
    const ru = ['Соглашение', 'Статья 4', `${RU_BODY} Статья 5 Язык ${RU_BODY}`, 'Статья 6', RU_BODY].join('\n\n')
    const result = align(kk, ru)
    const fourth = pairStartingWith(result, 'ru', 'Статья 4')!
    expect(fourth.kk.labels).toEqual(['4-бап'])
    expect(fourth.confidence).toBeLessThan(0.5)
    expect(fourth.reasons).toContain('the Russian side also holds the heading "Статья 5": two articles may be glued together')
    expect(labelPairs(result)).toContain('5-бап | —')
  })

  it('finds the Kazakh heading too, past a mention of another article, and not a mere reference', () => {
    const kk = ['Келісім', '4-бап', `${KK_BODY} 15-бап Мақсаты. ${KK_BODY} 5-бап Тіл ${KK_BODY}`, '6-бап', KK_BODY].join('\n\n')
    const ru = ['Соглашение', 'Статья 4', `${RU_BODY} согласно статье 5 настоящего Соглашения.`, 'Статья 5 Язык', RU_BODY, 'Статья 6', RU_BODY].join('\n\n')
    const result = align(kk, ru)
    const fourth = pairStartingWith(result, 'kk', '4-бап')!
    expect(fourth.reasons).toContain('the Kazakh side also holds the heading "5-бап": two articles may be glued together')
    expect(fourth.reasons.filter((reason) => reason.includes('Russian side also holds'))).toEqual([])
  })
})

describe('front matter', () => {
  it('the title and the in-force note are units of their own', () => {
    const kk = ['Қазақстан Республикасы мен Кения Республикасы арасындағы Келісім', '(2002 жылғы 1 наурызда күшіне енді)', '1-бап', KK_BODY].join('\n\n')
    const ru = ['Соглашение между Республикой Казахстан и Республикой Кения', '(Вступило в силу 1 марта 2002 года)', 'Статья 1', RU_BODY].join('\n\n')
    const result = align(kk, ru)
    const units = prepared(ru, 'ru').structure.units.map((unit) => unit.kind)
    expect(units.slice(0, 3)).toEqual(['title', 'in-force', 'article'])
    expect(pairStartingWith(result, 'ru', '(Вступило')!.kk.text).toBe('(2002 жылғы 1 наурызда күшіне енді)')
    // Also behind the footnote mark its title carries (`Соглашение *` … `*(Вступило в силу …)`).
    const marked = ['Соглашение * между Республикой Казахстан и Республикой Кения', '*(Вступило в силу 1 марта 2002 года)', 'Статья 1', RU_BODY].join('\n\n')
    expect(prepared(marked, 'ru').structure.units.map((unit) => unit.kind).slice(0, 3)).toEqual(['title', 'in-force', 'article'])
  })

  // The preamble of a charter whose Russian copy alone carries the database's note of entry into
  // force, broken over two paragraphs: read apart, the note's second half paired with the Kazakh
  // invocation and every preamble paragraph after it moved down by one.
  const KK_PREAMBLE = ['Ұйымның Жарғысы', 'Аса Мейірімді, Рақымшыл Алланың атымен', 'Біз, Ұйымға мүше мемлекеттер:', '1969 жылғы 22–25 қыркүйекте Рабатта өткен конференцияның шешімдерін назарға алуға;', '1-бап', KK_BODY]
  const RU_PREAMBLE = ['Устав Организации', 'Во имя Аллаха, Всемилостивого, Милосердного', 'Мы, государства-члены Организации, приняли решения:', 'принять к сведению решения конференции, проходившей в Рабате 22–25 сентября 1969 года;', 'Статья 1', RU_BODY]

  it('an in-force note broken over paragraphs is one note, and one version may lack it', () => {
    const ru = [RU_PREAMBLE[0], '(Вступил в силу 16 апреля 2012 года -', 'Бюллетень международных договоров РК 2013 г., № 2, ст. 17)', ...RU_PREAMBLE.slice(1)].join('\n\n')
    const { structure, normalized } = prepared(ru, 'ru')
    expect(structure.units.map((unit) => unit.kind).slice(0, 2)).toEqual(['title', 'in-force'])
    expect(normalized.text.slice(structure.units[1]!.start, structure.units[1]!.end)).toBe('(Вступил в силу 16 апреля 2012 года -\nБюллетень международных договоров РК 2013 г., № 2, ст. 17)')
    const result = align(KK_PREAMBLE.join('\n\n'), ru)
    const note = pairStartingWith(result, 'ru', '(Вступил')!
    expect(note.kk.text).toBe('')
    expect(note.ru.text).toContain('ст. 17)')
    for (let k = 1; k < 4; k++) expect(pairStartingWith(result, 'kk', KK_PREAMBLE[k]!)!.ru.text).toBe(RU_PREAMBLE[k])
  })

  it('reads a note of entry into force that names its source first', () => {
    const ru = [RU_PREAMBLE[0], '(Официальный сайт МИД РК - Вступило в силу 12 июля 2000 года)', ...RU_PREAMBLE.slice(1)].join('\n\n')
    expect(prepared(ru, 'ru').structure.units.map((unit) => unit.kind).slice(0, 2)).toEqual(['title', 'in-force'])
    expect(pairStartingWith(align(KK_PREAMBLE.join('\n\n'), ru), 'ru', '(Официальный')!.kk.text).toBe('')
  })

  it("a translation's mark one version has stands alone, not merged into the signature above it", () => {
    const kk = ['Жарғыны ратификациялау туралы', 'Қазақстан Республикасының Президенті', 'Н. Назарбаев', 'Бейресми аударма', '1-бап', KK_BODY].join('\n\n')
    const ru = ['О ратификации Устава', 'Президент Республики Казахстан', 'Н. НАЗАРБАЕВ', 'Статья 1', RU_BODY].join('\n\n')
    const result = align(kk, ru)
    expect(pairStartingWith(result, 'kk', 'Бейресми аударма')!.ru.text).toBe('')
    expect(pairStartingWith(result, 'ru', 'Президент')!.kk.text).toBe('Қазақстан Республикасының Президенті\nН. Назарбаев')
  })

  it('joins a note only up to the paragraph that closes its bracket', () => {
    const unclosed = [RU_PREAMBLE[0], '(Вступил в силу 16 апреля 2012 года -', ...RU_PREAMBLE.slice(1)].join('\n\n')
    const { structure, normalized } = prepared(unclosed, 'ru')
    expect(structure.units.map((unit) => unit.kind).slice(0, 2)).toEqual(['title', 'in-force'])
    expect(normalized.text.slice(structure.units[1]!.start, structure.units[1]!.end)).toBe('(Вступил в силу 16 апреля 2012 года -')
  })
})

describe('a document too long to search whole', () => {
  it('pairs every article by its number across a long passage one version has alone', () => {
    const articles = (count: number, heading: (n: number) => string, body: string) => Array.from({ length: count }, (_, k) => `${heading(k + 1)}\n\n${body}`)
    const kk = ['Кодекс', ...articles(1200, (n) => `${n}-бап`, KK_BODY)].join('\n\n')
    const extra = Array.from({ length: 700 }, (_, k) => `Приложение ${k + 1}\n\n${RU_BODY}`)
    const ruArticles = articles(1200, (n) => `Статья ${n}`, RU_BODY)
    const ru = ['Кодекс', ...ruArticles.slice(0, 400), ...extra, ...ruArticles.slice(400)].join('\n\n')
    expect(prepared(ru, 'ru').structure.units.filter((unit) => unit.kind === 'annex').length).toBe(700)
    const pairs = labelPairs(align(kk, ru)).filter((pair) => /бап/.test(pair))
    expect(pairs.length).toBe(1200)
    expect(pairs.filter((pair) => pair !== `${pair.split('-')[0]}-бап | Статья ${pair.split('-')[0]}`)).toEqual([])
  })
})
