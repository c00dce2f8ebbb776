import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../aligner/text/sentences.ts'
import { alignSentences, sentenceItems } from '../../aligner/align/sentences.ts'

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end))

describe('splitSentences', () => {
  it('splits at sentence ends before a capital or a label', () => {
    expect(split('Первое предложение. Второе предложение. 2) подпункт')).toEqual(['Первое предложение.', 'Второе предложение.', '2) подпункт'])
  })

  it('keeps legal abbreviations, initials and labels inside the sentence', () => {
    expect(split('Бюллетень, 2004 г., N 4, ст. 16. Далее.')).toEqual(['Бюллетень, 2004 г., N 4, ст. 16.', 'Далее.'])
    expect(split('2007 ж. 1 қараша күні. Келесі.')).toEqual(['2007 ж. 1 қараша күні.', 'Келесі.'])
    expect(split('Премьер-Министрі О. Бектенов')).toEqual(['Премьер-Министрі О. Бектенов'])
    expect(split('Сумма в долл. США. Адрес: 60, пр. Республики.')).toEqual(['Сумма в долл. США.', 'Адрес: 60, пр. Республики.'])
    // A heading's number and its title are one unit, stop or no stop after the number.
    expect(split('2.2-бөлім. Мақсаты')).toEqual(['2.2-бөлім. Мақсаты'])
    expect(split('Статья 1. Определения')).toEqual(['Статья 1. Определения'])
    expect(split('Статья 5 применяется. Далее.')).toEqual(['Статья 5 применяется.', 'Далее.'])
    expect(split('2.1. НАТО/БЖӘ байланыс офицері. Екінші.')).toEqual(['2.1. НАТО/БЖӘ байланыс офицері.', 'Екінші.'])
    expect(split('Ескерту. Мәтін ресми емес.')).toEqual(['Ескерту. Мәтін ресми емес.'])
  })

  it('ends a sentence after the letter of an annex or a part, which is no initial', () => {
    expect(split('доставит Кредитору Ноту в форме Приложения А. Нота должна быть на основную сумму.')).toEqual(['доставит Кредитору Ноту в форме Приложения А.', 'Нота должна быть на основную сумму.'])
    expect(split('Президентом Республики Беларусь А.Г. Лукашенко')).toEqual(['Президентом Республики Беларусь А.Г. Лукашенко'])
  })

  it('starts a sentence at every paragraph and loses no character', () => {
    const text = 'Статья 1\nПервый абзац. Второй.\n\nТретий'
    const spans = splitSentences(text)
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Статья 1', 'Первый абзац.', 'Второй.', 'Третий'])
    let covered = ''
    let at = 0
    for (const s of spans) {
      expect(text.slice(at, s.start).trim()).toBe('')
      covered += text.slice(s.start, s.end)
      at = s.end
    }
    expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''))
  })
})

describe('sentenceItems: the point label a sentence opens with', () => {
  const labelOf = (sentence: string) => sentenceItems(sentence, [{ start: 0, end: sentence.length }])[0]!.label
  it('reads a point of several levels with or without its final stop alike', () => {
    expect(labelOf('1.1. Гранттың мақсаты')).toBe('1.1')
    expect(labelOf('1.1 Целью Гранта является')).toBe('1.1')
    expect(labelOf('6.4.-бөлім.')).toBe('6.4')
  })
  it('reads single labels and leaves numbers that are not labels', () => {
    expect(labelOf('2. Тараптар')).toBe('2')
    expect(labelOf('16) иных вопросов')).toBe('16')
    expect(labelOf('а) ядролық')).toBe('а')
    expect(labelOf('2024 жылғы 5 мамырда')).toBeNull()
    expect(labelOf('1-бап')).toBeNull()
  })
  it('reads no label in a reference or a heading\'s number that opens a sentence', () => {
    // Without its stop, a number of several levels is a label only before a capital.
    expect(labelOf('8.1 және 8.2 бөлімдерде айтылған')).toBeNull()
    expect(labelOf('3.2-бөлім. Тікелей төлеулер рәсімі')).toBeNull()
    expect(labelOf('3.5 процента')).toBeNull()
  })
})

/** Sentence items of sentences written one a line. */
function items(sentences: string[]) {
  const text = sentences.join('\n')
  let start = 0
  return sentenceItems(text, sentences.map((sentence) => ({ start, end: (start += sentence.length + 1) - 1 })))
}

describe('alignSentences: sentences that lead in to a list', () => {
  it('pairs the two lead-ins however their lengths differ, and the points after them one to one', () => {
    // central-asia-hydromet-1999, article 3: the Kazakh names who acts, the Russian also what they do.
    const kk = items([
      'Тараптар:',
      'алынатын деректердi кеңiстiк-уақыт тұрғысынан шешудi қамтамасыз ету үшiн станциялардың қазiргi жүйесiнiң жұмыс істеуiн сақтау және оны апатты гидрометеорологиялық құбылыстардың әсерiне ұшырайтын аудандарда дамыту, оның iшiнде спутниктiк жүйелердi қоса алғанда қоршаған орта мониторингiнiң қашықтық әдiстерiн дамыту;',
      'жедел және режимдiк гидрометеорологиялық ақпарат алудың, өңдеудiң және сақтаудың БМҰ-ның регламентiне сәйкес бiрыңғай технологиясын қолдану, оның iшiнде деректер базаларын қалыптастыру және осы мақсаттарда пайдаланылатын бағдарламалық қамтамасыз етудi алмасу;',
    ])
    const ru = items([
      'Стороны обеспечат, с учетом мировых достижений, организацию и координацию работ в рамках осуществляемого сотрудничества, направленного на выполнение следующих задач:',
      'сохранение функционирования существующей сети станций и развитие ее в районах, подверженных воздействию стихийных гидрометеорологических явлений, для обеспечения пространственно-временного разрешения получаемых данных, в том числе развитие дистанционных методов мониторинга окружающей среды, включая спутниковые системы;',
      'применение в соответствии с регламентом ВМО единой технологии получения, обработки и хранения оперативной и режимной гидрометеорологической информации, включая формирование баз данных и обмен программным обеспечением, используемым для этих целей;',
    ])
    const shapes = alignSentences(kk, ru, 1.1).map((pair) => `${pair.kk.length}-${pair.ru.length}`)
    expect(shapes).toEqual(['1-1', '1-1', '1-1'])
  })
})

describe('alignSentences: a heading whose title one version sets on a line of its own', () => {
  it('weighs the same heading on both sides as the numbering it is: the pair is as sure as its lengths allow', () => {
    // oic-charter-2008: `I тарау Мақсаттар мен қағидаттар` ↔ `Глава I` / `Цели и принципы`.
    const kk = items(['V тарау Сыртқы істер министрлері кеңесі', '10-бап'])
    const pair = (ruHeading: string) => alignSentences(kk, items([ruHeading, 'Совет министров иностранных дел', 'Статья 10']), 0.9)[0]!
    expect(pair(`Глава V`).ru).toHaveLength(2)
    expect(pair(`Глава V`).confidence).toBeGreaterThan(0.5)
    // The same bead under a heading of another number is no such evidence.
    expect(pair(`Глава VI`).confidence).toBeLessThan(pair(`Глава V`).confidence - 0.2)
  })
})

describe('sentenceItems: anchors of roman numerals in either script', () => {
  const anchorsOf = (sentence: string) => sentenceItems(sentence, [{ start: 0, end: sentence.length }])[0]!.anchors
  it('reads a number whatever space separates its thousands', () => {
    expect(anchorsOf('1\u202F000\u202F000 теңге, 2\u2009500 доллар, 3\u00A0000 сом')).toEqual(anchorsOf('1000000 тенге, 2 500 долларов, 3000 сомов'))
  })

  it('reads Cyrillic І and Х numerals as the Latin ones the other version writes', () => {
    // oic-charter-2008 and csto-charter-2002: the Kazakh writes its chapters' numbers in Cyrillic letters.
    expect(anchorsOf('ІІІ тарау Органдар')).toEqual(anchorsOf('Глава III Органы'))
    expect(anchorsOf('ІІІ-тарау Қызметінің бағыты')).toEqual(['iii'])
    expect(anchorsOf('ХІ бап Хатшылық')).toEqual(['xi'])
    expect(anchorsOf('іі) егер сұрау салынса, көмек көрсетеді;')).toEqual(anchorsOf('ii) оказывают помощь, если она запрашивается;'))
  })
  it('reads no numeral in a word, in one letter alone or in a badly formed one', () => {
    expect(anchorsOf('Хатшылық іс-әрекет')).toEqual([])
    expect(anchorsOf('І бөлім')).toEqual([])
    expect(anchorsOf('ІІІІ')).toEqual([])
  })
  it('pairs a chapter heading of each script with the confidence of a shared number', () => {
    const pair = alignSentences(sentenceItems('ІІІ тарау Органдар', [{ start: 0, end: 18 }]), sentenceItems('Глава III Органы', [{ start: 0, end: 16 }]), 1)[0]!
    expect(pair.confidence).toBeGreaterThan(0.9)
    expect(pair.reasons).toContain('shared anchors: iii')
  })
})
