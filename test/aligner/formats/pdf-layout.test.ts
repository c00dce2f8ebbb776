import { describe, expect, it } from 'vitest'
import { pdfText, type PlacedText } from '../../../aligner/formats/pdf-layout.ts'

/** A run of text at (x, y), its width estimated at 0.5 of the type size per character. */
const run = (text: string, x: number, y: number, size = 12, width = text.length * size * 0.5): PlacedText => ({ text, x, y, width, size })
const page = (...items: PlacedText[]) => ({ height: 842, items })

describe('PDF layout', () => {
  it('joins a paragraph wrapped over lines that end at the right margin, and starts a new one after a short line', () => {
    const text = pdfText([page(run('Стороны развивают сотрудничество в области', 72, 700), run('культуры и науки.', 72, 686), run('Стороны поощряют прямые связи между музеями', 72, 672), run('и архивами.', 72, 658))]).text
    expect(text).toBe('Стороны развивают сотрудничество в области культуры и науки.\nСтороны поощряют прямые связи между музеями и архивами.')
  })

  it('starts a paragraph at an indented first line, at a heading and at a point number after a full stop', () => {
    const text = pdfText([
      page(run('Статья 1', 72, 700), run('Стороны развивают сотрудничество в области', 72, 686), run('культуры и образования на основе равенства.', 72, 672), run('1. Стороны поощряют связи между музеями и', 72, 658), run('библиотеками и архивами своих государств.', 72, 644), run('Каждая Сторона ежегодно выделяет гражданам', 90, 630), run('стипендии.', 72, 616)),
    ]).text
    expect(text.split('\n')).toEqual([
      'Статья 1',
      'Стороны развивают сотрудничество в области культуры и образования на основе равенства.',
      '1. Стороны поощряют связи между музеями и библиотеками и архивами своих государств.',
      'Каждая Сторона ежегодно выделяет гражданам стипендии.',
    ])
  })

  it('continues a point whose next lines hang under its text, not under its number', () => {
    const text = pdfText([page(run('1.', 72, 700), run('Тараптар мәдениет, білім беру және ғылым', 90, 700), run('салаларындағы ынтымақтастықты дамытады.', 90, 686), run('2.', 72, 672), run('Тараптар байланыстарды көтермелейді.', 90, 672))]).text
    expect(text).toBe('1. Тараптар мәдениет, білім беру және ғылым салаларындағы ынтымақтастықты дамытады.\n2. Тараптар байланыстарды көтермелейді.')
  })

  it('joins lines set in a fixed-pitch font amid proportional text into one paragraph, but not in a text typed all in one', () => {
    const mono = (item: PlacedText): PlacedText => ({ ...item, monospace: true })
    const letterhead = [mono(run('МИНИСТЕРСТВО ФИНАНСОВ', 72, 760)), mono(run('г. Астана', 72, 746)), mono(run('N 12-3/456', 300, 732))]
    const body = [run('Уважаемый господин Министр,', 72, 700), run('Стороны развивают сотрудничество в области культуры и науки и', 72, 686), run('образования на основе равенства и взаимной выгоды.', 72, 672)]
    expect(pdfText([page(...letterhead, ...body)]).text.split('\n')).toEqual([
      'МИНИСТЕРСТВО ФИНАНСОВ\u2028г. Астана\u2028N 12-3/456',
      'Уважаемый господин Министр,',
      'Стороны развивают сотрудничество в области культуры и науки и образования на основе равенства и взаимной выгоды.',
    ])
    const typewritten = pdfText([page(...[...letterhead, ...body].map(mono))]).text.split('\n')
    expect(typewritten[0]).toBe('МИНИСТЕРСТВО ФИНАНСОВ')
    expect(typewritten).toContain('Уважаемый господин Министр,')
  })

  it('writes digits set small above the line as raised digits: `Статья 5¹` (an inserted article), not article 51', () => {
    const heading = [run('Статья 5', 72, 700), run('1', 72 + 8 * 6, 704, 8, 4), run('. Задачи', 72 + 8 * 6 + 4, 700)]
    const body = [run('Площадь 10 м', 72, 680), run('2', 72 + 12 * 6, 684, 8, 4), run(', стороны 2 и 3.', 72 + 12 * 6 + 4, 680)]
    expect(pdfText([page(...heading, ...body)]).text.split('\n')).toEqual(['Статья 5¹. Задачи', 'Площадь 10 м², стороны 2 и 3.'])
  })

  it('keeps a hyphen at a line end and joins the word without a space, after a number too', () => {
    expect(pdfText([page(run('Тараптар өзара тиімділік негізінде қарым-', 72, 700), run('қатынасты дамытады.', 72, 686))]).text).toBe('Тараптар өзара тиімділік негізінде қарым-қатынасты дамытады.')
    expect(pdfText([page(run('Осы Конвенцияның сәйкес құқықтық мәртебесі 20-', 72, 700), run('бабына сәйкес.', 72, 686))]).text).toBe('Осы Конвенцияның сәйкес құқықтық мәртебесі 20-бабына сәйкес.')
  })

  it('continues a heading whose title wraps onto a line that starts with a capital', () => {
    const text = pdfText([page(run('Статья 16. Предложения о присоединении', 72, 700), run('Республики Казахстан к договорам', 72, 686), run('1. Предложения вносятся Правительством и', 72, 672), run('государственными органами.', 72, 658))]).text
    expect(text.split('\n')).toEqual(['Статья 16. Предложения о присоединении Республики Казахстан к договорам', '1. Предложения вносятся Правительством и государственными органами.'])
  })

  it('ends a heading whose title fills its line where a point placed under it begins', () => {
    const text = pdfText([
      page(
        run('Передаточная инстанция может сообщить промежуточной инстанции', 72, 750, 12, 445),
        run('свое мнение.', 72, 736, 12, 70),
        run('Статья 5 Передача решений и других судебных постановлений', 72, 712, 12, 445),
        run('1. Передаточная инстанция по просьбе истца препровождает', 84, 698, 12, 403),
        run('согласно статье 4 любое решение, окончательное или', 84, 684, 12, 433),
        run('предварительное.', 84, 670, 12, 100),
      ),
    ]).text
    expect(text.split('\n')).toEqual([
      'Передаточная инстанция может сообщить промежуточной инстанции свое мнение.',
      'Статья 5 Передача решений и других судебных постановлений',
      '1. Передаточная инстанция по просьбе истца препровождает согласно статье 4 любое решение, окончательное или предварительное.',
    ])
  })

  it('does not take an abbreviation at a line start for a list label', () => {
    const text = pdfText([page(run('Сноска. Статья 24 с изменениями (порядок см.', 72, 700), run('ст. 2); от 30.01.2014 № 168-V.', 72, 686))]).text
    expect(text).toBe('Сноска. Статья 24 с изменениями (порядок см. ст. 2); от 30.01.2014 № 168-V.')
  })

  it('keeps page numbers and repeated running titles apart, but not a heading that opens each page', () => {
    const pages = [1, 2, 3].map((number) =>
      page(run('Неофициальный перевод', 200, 800), run(`Статья ${number}`, 72, 760), run(`Текст статьи ${number} настоящего Соглашения.`, 72, 740), run(String(number), 297, 30)),
    )
    const { text, apart } = pdfText(pages)
    expect(text).toBe('Статья 1\nТекст статьи 1 настоящего Соглашения.\nСтатья 2\nТекст статьи 2 настоящего Соглашения.\nСтатья 3\nТекст статьи 3 настоящего Соглашения.')
    expect(apart.map((block) => `${block.kind} ${block.label}: ${block.text}`)).toEqual([
      'header page 1: Неофициальный перевод', 'footer page 1: 1', 'header page 2: Неофициальный перевод', 'footer page 2: 2', 'header page 3: Неофициальный перевод', 'footer page 3: 3',
    ])
  })

  it('keeps a phrase that happens to open two of six pages: furniture repeats on at least half of them', () => {
    const pages = [1, 2, 3, 4, 5, 6].map((number) => page(run(number % 3 === 0 ? 'приведенным ниже:' : `Текст страницы ${number} продолжается`, 72, 800), run(`Пункт ${number} настоящего Соглашения.`, 72, 700)))
    expect(pdfText(pages).text.match(/приведенным ниже:/g)).toHaveLength(2)
  })

  it('puts letters a fallback font drew over the blanks of a word back into it', () => {
    // LibreOffice without a Kazakh font: the main run leaves blanks, a second font draws ә and ғ.
    const items = [run('Тараптар арасында ы м', 72, 700, 12, 120), run(' ', 192, 700, 12, 6), run('дени', 198, 700, 12, 24), run('ғ', 72 + 17 * (120 / 21), 700, 12, 5.5), run('ә', 192.2, 700, 12, 6)]
    expect(pdfText([page(...items)]).text).toBe('Тараптар арасындағы мәдени')
  })

  describe('at a page break, where no vertical space shows', () => {
    const LINE = 'Стороны развивают сотрудничество в области культуры и науки, и'
    /** A page of full lines 14 points apart down to `lastY`, its last line `last`. */
    const pageDownTo = (lastY: number, last: string, first = LINE) => {
      const ys = Array.from({ length: (752 - lastY) / 14 + 1 }, (_, index) => 752 - 14 * index)
      return page(...ys.map((y, index) => run(index === 0 ? first : index === ys.length - 1 ? last : LINE, 72, y, 12, 445)))
    }
    const paragraphs = (...pages: ReturnType<typeof page>[]) => pdfText(pages).text.split('\n').length

    it('starts a paragraph after a sentence that ends its page two lines or more above the bottom', () => {
      expect(paragraphs(pageDownTo(80, LINE), pageDownTo(122, 'и архивами.'), pageDownTo(80, 'взаимной выгоды.', 'Каждая Сторона ежегодно выделяет стипендии, и'))).toBe(2)
    })

    it('starts a paragraph at a line alone at the top of a page after a sentence: a widow rule keeps no paragraph end there alone', () => {
      const next = page(run('Ненарушение', 72, 752, 12, 80), ...pageDownTo(80, 'взаимной выгоды.').items.slice(2))
      expect(pdfText([pageDownTo(80, LINE), pageDownTo(80, 'и архивами.'), next]).text.split('\n')[1]).toBe('Ненарушение')
      const afterUnfinished = page(run('и музеями.', 72, 752, 12, 80), ...pageDownTo(80, 'взаимной выгоды.').items.slice(2))
      expect(pdfText([pageDownTo(80, LINE), pageDownTo(80, LINE), afterUnfinished]).text.split('\n')[0]).toMatch(/и музеями\.$/)
    })

    it('starts a paragraph after a list item that ends its page with a semicolon, even on a full page', () => {
      expect(paragraphs(pageDownTo(80, LINE), pageDownTo(80, 'обмен информацией;'), pageDownTo(80, 'взаимной выгоды.', 'информирование о чрезвычайных явлениях, и'))).toBe(2)
    })

    it('runs on where the page is full, ends one line short (a widow rule) or ends short mid-sentence', () => {
      expect(paragraphs(pageDownTo(80, LINE), pageDownTo(80, 'и архивами.'), pageDownTo(80, 'взаимной выгоды.', 'Каждая Сторона ежегодно выделяет стипендии, и'))).toBe(1)
      expect(paragraphs(pageDownTo(80, LINE), pageDownTo(94, 'и архивами.'), pageDownTo(80, 'взаимной выгоды.', 'Каждая Сторона ежегодно выделяет стипендии, и'))).toBe(1)
      expect(paragraphs(pageDownTo(80, LINE), pageDownTo(122, LINE), pageDownTo(80, 'взаимной выгоды.'))).toBe(1)
    })
  })

  it('keeps small print below the body as a footnote', () => {
    const { text, apart } = pdfText([page(run('Мәтін бірінші жол.', 72, 700), run('1 Ескерту мәтіні.', 72, 100, 8))])
    expect(text).toBe('Мәтін бірінші жол.')
    expect(apart).toEqual([{ kind: 'footnote', label: 'page 1', text: '1 Ескерту мәтіні.' }])
  })

  describe('an initial set larger than the text (drop cap)', () => {
    // Lines that fill the measure up to x = 520, as the lines of a justified paragraph do.
    const full = (text: string, x: number, y: number) => run(text, x, y, 12, 520 - x)
    const expected = [
      'Статья 1',
      'Стороны развивают сотрудничество в области культуры и науки на основе равенства и взаимной выгоды, уважения суверенитета и территориальной целостности и невмешательства во внутренние дела.',
      'Стороны поощряют прямые связи между музеями.',
    ]

    /** The article with its first paragraph's first line starting at `firstX` (after its first letter), the next two at `besideX`. */
    const article = (firstLine: string, firstX: number, besideX: number) => [
      run('Статья 1', 72, 730),
      full(firstLine, firstX, 700),
      full('на основе равенства и взаимной выгоды, уважения суверенитета', besideX, 686),
      full('и территориальной целостности и невмешательства во', besideX, 672),
      run('внутренние дела.', 72, 658),
      run('Стороны поощряют прямые связи между музеями.', 72, 630),
    ]
    const rest = 'тороны развивают сотрудничество в области культуры и науки'

    it('is read as the first letter of its word when it drops beside the first lines of the paragraph', () => {
      const text = pdfText([page(run('С', 72, 672, 40, 26), ...article(rest, 102, 102))]).text
      expect(text.split('\n')).toEqual(expected)
    })

    it('is read as the first letter of its word when it stands on the first line, raised above it', () => {
      const text = pdfText([page(run('С', 72, 700, 30, 20), ...article(rest, 92, 72))]).text
      expect(text.split('\n')).toEqual(expected)
    })

    it('is not a large letter with no lines beside it (an annex letter), nor one beside a word space', () => {
      const paragraph = article(`С${rest}`, 72, 72)
      expect(pdfText([page(run('А', 280, 770, 28, 18), ...paragraph)]).text.split('\n')).toEqual(['А', ...expected])
      const spaced = pdfText([
        page(run('В', 72, 672, 40, 26), full('настоящем Соглашении термин «инвестиции» означает любые', 108, 700), full('активы, вкладываемые инвестором одной Стороны на', 102, 686), full('территории другой Стороны в соответствии с её', 102, 672), run('законодательством.', 72, 658)),
      ]).text
      expect(spaced).toBe('В настоящем Соглашении термин «инвестиции» означает любые активы, вкладываемые инвестором одной Стороны на территории другой Стороны в соответствии с её законодательством.')
    })
  })
})
