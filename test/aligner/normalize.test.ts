import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { offsetArray } from '../../aligner/text/edits.ts'
import { normalizeText, offsetBreakpoints, originalOffset, toCleanOffset } from '../../aligner/text/normalize.ts'
import { seedFiles, corpusSlugs, readPair } from '../helpers/corpus.ts'
import { readDocumentFile } from '../../corpus/files/read-document.ts'
import { prepareDocument } from '../../aligner/pipeline.ts'

const seeds = seedFiles().map((file) => readFileSync(file, 'utf8'))

describe('normalizeText on the seeds (plain copies)', () => {
  it('joins letter-spaced words, fully and in part', () => {
    const clean000 = normalizeText(seeds[0]!).text
    expect(clean000).toContain('Высокими Договаривающимися Сторонами,')
    expect(clean000).toContain('международного мира и безопасности,')
    expect(clean000).toMatch(/^Президент Республики Казахстан$/m)
    const clean002 = normalizeText(seeds[2]!, { language: 'kk' }).text
    expect(clean002).toContain('қажетті мәліметтермен алмасады;')
    expect(clean002).toContain('күрес агенттігі (қаржы полициясы)')
    expect(clean002).toContain('Әзірбайжан Республикасының Үкіметі,')
  })

  it('repairs Latin look-alikes inside Cyrillic words only', () => {
    const clean = normalizeText(seeds[2]!, { language: 'kk' }).text
    expect(clean).not.toMatch(/\p{Script=Cyrillic}[ie]|[ie]\p{Script=Cyrillic}/u)
    const nato = normalizeText(seeds[4]!, { language: 'kk' }).text
    expect(nato).toContain('SG(2007)0626')
  })

  it('joins wrapped lines into paragraphs, punctuation wrapped onto the next line included', () => {
    const clean = normalizeText(seeds[4]!, { language: 'kk' }).text
    expect(clean).toContain('нысанындағы келісім ратификациялансын.')
    expect(clean.split('\n').every((line) => line === line.trim())).toBe(true)
  })

  it('keeps a heading too long for its line whole: its unindented line in lower case goes on with it', () => {
    const clean = normalizeText(seeds[1]!, { language: 'kk' }).text
    expect(clean).toMatch(/^7-бап Тараптардың басқа халықаралық шарттардан туындайтын құқықтары мен міндеттемелері$/m)
    // A subpoint right after a heading, unindented and in lower case, stays its own paragraph.
    const text = ['      Кіріспе мәтін, абзацтың басы шегініспен жазылған.', '1-бап Тараптардың', 'міндеттемелері', '      Бірінші абзац.', '2-бап Қолданылуы', 'а) бірінші тармақша;', '      Екінші абзац.'].join('\n')
    expect(normalizeText(text, { language: 'kk' }).text.split('\n')).toEqual(['Кіріспе мәтін, абзацтың басы шегініспен жазылған.', '1-бап Тараптардың міндеттемелері', 'Бірінші абзац.', '2-бап Қолданылуы', 'а) бірінші тармақша;', 'Екінші абзац.'])
  })

  it('proposes, but does not apply, moves of displaced link words', () => {
    const normalized = normalizeText(seeds[1]!, { language: 'kk' })
    expect(normalized.text).toContain('туралы бекітілсін.келісім')
    const glued = normalized.proposals.find((p) => p.before === 'бекітілсін.келісім')
    expect(glued?.after).toBe('келісім бекітілсін.')
    expect(normalized.proposals.some((p) => p.after.includes('3-бабында'))).toBe(true)
    const shart = normalizeText(seeds[3]!, { language: 'kk' }).proposals
    expect(shart.map((p) => p.after)).toContain('шарт ратификациялансын.')
  })
})

describe('text copied out of a PDF (pdftotext: wrapped lines, no indentation, no blank lines)', () => {
  const fixture = (side: 'kk' | 'ru') => readFileSync(new URL(`../fixtures/pdf-copied/${side}.txt`, import.meta.url), 'utf8')
  const ru = normalizeText(fixture('ru'), { language: 'ru' }).text.split('\n')
  const kk = normalizeText(fixture('kk'), { language: 'kk' }).text.split('\n')

  it('ends a paragraph where its line ended early: the next word would have fitted', () => {
    expect(ru).toContain('Ратифицировать Соглашение между Правительством Республики Казахстан и Правительством Финляндской Республики о поощрении и взаимной защите инвестиций, подписанное 29 сентября 1992 года в Алматы.')
    expect(ru).toContain('Президент Республики Казахстан')
    // A preamble's clauses, each ending in a comma, the next in lower case.
    expect(ru).toContain('основываясь на принципах взаимного равенства и взаимной выгоды, желая поощрять, защищать и создавать благоприятные условия для инвестиций, осуществляемых инвесторами каждой из Договаривающихся Сторон на территории другой Договаривающейся Стороны,')
    expect(kk).toContain('Қазақстан Республикасының Президенті')
  })

  it('keeps a title set in large type whole: its lines are full for its own width', () => {
    expect(ru[0]).toBe('О ратификации Соглашения между Правительством Республики Казахстан и Правительством Финляндской Республики о поощрении и взаимной защите инвестиций')
  })

  it('keeps a line cut by a long word with its paragraph, and a heading with its lower-case end', () => {
    expect(ru).toContain('1) движимое и недвижимое имущество и другие имущественные права, такие как право залога;')
    expect(ru).toContain('Статья 6 Перевод платежей, доходов и возврата движимого имущества в связи с инвестициями')
  })

  it('opens a paragraph at a point or a note after a sentence or clause, however full the line before', () => {
    // pdftotext of LibreOffice's PDF of law-international-treaties-2005 (ru): the lead-in and the
    // last sentence fill their lines, so the width alone would join what follows to them.
    const copied = [
      'Статья 1. Основные понятия, используемые в настоящем Законе',
      'В настоящем Законе используются следующие основные понятия:',
      '1) парафирование - предварительное подписание согласованного',
      'проекта международного договора или его отдельных норм',
      'инициалами полномочных представителей каждой из',
      'участвующих в переговорах сторон в знак согласования текста',
      'международного договора либо один из способов установления',
      'аутентичности текста международного договора;',
      'Не допускается заключение международных договоров, не',
      'соответствующих национальным интересам Республики',
      'Казахстан, способных нанести ущерб национальной безопасности',
      'или ведущих к утрате независимости Республики Казахстан.',
      'Сноска. Статья 2 с изменениями, внесенными законами РК',
      'от 15.07.2010 № 335-IV.',
    ].join('\n')
    const paragraphs = normalizeText(copied, { language: 'ru' }).text.split('\n')
    expect(paragraphs).toContain('В настоящем Законе используются следующие основные понятия:')
    expect(paragraphs.some((paragraph) => paragraph.startsWith('1) парафирование'))).toBe(true)
    expect(paragraphs.some((paragraph) => paragraph.endsWith('утрате независимости Республики Казахстан.'))).toBe(true)
    expect(paragraphs).toContain('Сноска. Статья 2 с изменениями, внесенными законами РК от 15.07.2010 № 335-IV.')
  })

  it('opens a paragraph after a line that ends with a semicolon or a colon: a list item, a preamble clause or a lead-in ends there', () => {
    // pdftotext of LibreOffice's PDF of central-asia-hydromet-1999 (kk): each item fills its last line.
    const copied = [
      'алынатын деректердi кеңiстiк-уақыт тұрғысынан шешудi қамтамасыз',
      'ету үшiн станциялардың қазiргi жүйесiнiң жұмыс істеуiн сақтау және',
      'оны апатты гидрометеорологиялық құбылыстардың әсерiне ұшырайтын',
      'аудандарда дамыту, оның iшiнде спутниктiк жүйелердi қоса алғанда',
      'қоршаған орта мониторингiнiң қашықтық әдiстерiн дамыту;',
      'жедел және режимдiк гидрометеорологиялық ақпарат алудың, өңдеудiң',
      'және сақтаудың БМҰ-ның регламентiне сәйкес бiрыңғай технологиясын',
      'қолдану, оның iшiнде деректер базаларын қалыптастыру және осы',
      'мақсаттарда пайдаланылатын бағдарламалық қамтамасыз етудi алмасу;',
      'салыстырмалы гидрометеорологиялық ақпараттың қажеттi дәлдiкте',
      'болуын және оның дер кезiнде алынуын қамтамасыз ету;',
      'төтенше гидрометеорологиялық жағдайлар кезiнде хабардар ету;',
    ].join('\n')
    const paragraphs = normalizeText(copied, { language: 'kk' }).text.split('\n')
    expect(paragraphs.filter((paragraph) => paragraph.endsWith(';'))).toHaveLength(4)
    // A lead-in's colon too (cppnm-amendment-2005: the new article's heading after it).
    const amending = normalizeText('5. Осы Конвенция әскери мақсатта пайдаланылатын немесе сақталатын\nядролық материалға немесе осындай материал құрамында бар ядролық\nқондырғыға қолданылмайды.\n6. Конвенцияның 2-бабынан кейін жаңа 2 А бабы қосылады:\n2 А бабы\n1. Әрбір қатысушы мемлекет:', { language: 'kk' })
    expect(amending.text.split('\n')).toContain('2 А бабы')
    expect(paragraphs.some((paragraph) => paragraph.startsWith('салыстырмалы гидрометеорологиялық ақпараттың'))).toBe(true)
  })

  it('keeps a heading whose title in capitals goes on in capitals on the next line whole', () => {
    // pdftotext of LibreOffice's PDF of eurasec-court-statute-2010 (ru).
    const copied = ['ГЛАВА IV ОСОБЕННОСТИ СУДОПРОИЗВОДСТВА В РАМКАХ', 'ТАМОЖЕННОГО СОЮЗА', 'Статья 25. Подсудность', 'Суд рассматривает дела.'].join('\n')
    expect(normalizeText(copied, { language: 'ru' }).text.split('\n')).toEqual(['ГЛАВА IV ОСОБЕННОСТИ СУДОПРОИЗВОДСТВА В РАМКАХ ТАМОЖЕННОГО СОЮЗА', 'Статья 25. Подсудность', 'Суд рассматривает дела.'])
    // A title in ordinary case is no reason to take a line in capitals.
    expect(normalizeText(['Глава 4 Особенности судопроизводства', 'ТАМОЖЕННЫЙ СОЮЗ', 'Статья 25. Подсудность'].join('\n'), { language: 'ru' }).text.split('\n')).toHaveLength(3)
  })

  it('puts a point’s number, copied on a line of its own, before its text', () => {
    expect(ru.some((paragraph) => paragraph.startsWith('2. С учетом положений пункта 1 данной статьи, настоящее Соглашение применяется'))).toBe(true)
    expect(ru).not.toContain('2.')
  })

  it('reads that text pasted into Word (a printed line a paragraph) as the text itself', async () => {
    // LibreOffice's .docx of the copied text: it makes each line of a text file a paragraph, as Word's paste does.
    const read = await readDocumentFile(new URL('../fixtures/pdf-copied/ru-pasted.docx', import.meta.url).pathname, 'ru')
    if (!read.ok) throw new Error(read.reason)
    expect(read.source.extracted!.text.split('\n').length).toBeGreaterThan(300)
    const prepared = prepareDocument(read.source, 'ru')
    if (!prepared.ok) throw new Error(prepared.reason)
    const pasted = prepared.document.normalized.text.split('\n')
    expect(pasted.length).toBeLessThan(ru.length + 5)
    for (const paragraph of [ru[0]!, ru[1]!, 'Президент Республики Казахстан', ru.find((line) => line.startsWith('2. С учетом положений пункта 1'))!]) expect(pasted).toContain(paragraph)
  })

  it('leaves the plain copies of the database, which indent their paragraphs, as they were', () => {
    const wrapped = ['      Первый абзац, перенесённый', 'на вторую строку.', '      Второй абзац.', 'Короткая строка.', 'И продолжение.'].join('\n')
    expect(normalizeText(wrapped, { language: 'ru' }).text.split('\n')).toEqual(['Первый абзац, перенесённый на вторую строку.', 'Второй абзац. Короткая строка. И продолжение.'])
  })
})

describe('a short text of whole paragraphs, one a line', () => {
  // Lines of about the same length, each a sentence: a note, not a page wrapped at its width.
  const note = [
    'Министерство иностранных дел Республики Казахстан свидетельствует свое уважение Министерству иностранных дел Республики Польша.',
    'Министерство предлагает внести изменение в пункт 3 статьи 20 Консульской конвенции от 27 ноября 1997 года.',
    'Министерство пользуется случаем, чтобы возобновить уверения в своем высоком уважении.',
  ]

  it('keeps each line a paragraph: no line ends anywhere but at a sentence', () => {
    const normalized = normalizeText(note.join('\n'), { language: 'ru' })
    expect(normalized.format).toBe('paragraphs')
    expect(normalized.text.split('\n')).toEqual(note)
    expect(normalized.repairs.filter((repair) => repair.kind === 'line-join')).toEqual([])
  })

  it('still joins the lines of the same text wrapped where a line fills up', () => {
    const wrapped = 'Министерство иностранных дел Республики Казахстан свидетельствует\nсвое уважение Министерству иностранных дел Республики Польша.\n' + note.slice(1).join('\n')
    expect(normalizeText(wrapped, { language: 'ru' }).text.split('\n')[0]).toBe(note[0])
  })
})

describe('repairs decided by the rest of the document', () => {
  // A lone `ж` sends the line to a closer look; `мәл` and `іметтермен` occur nowhere else, the
  // words around them do.
  const split = 'Тараптар мәл іметтермен алмасады, 2020 ж\nТараптар '

  it('joins pieces of a word when the word they make occurs elsewhere in the document', () => {
    expect(normalizeText(split + 'мәліметтермен алмасады.', { language: 'kk' }).text).toContain('Тараптар мәліметтермен алмасады, 2020')
  })

  it('leaves the pieces apart when it does not', () => {
    expect(normalizeText(split + 'ақпаратпен алмасады.', { language: 'kk' }).text).toContain('Тараптар мәл іметтермен алмасады, 2020')
  })

  it('reads a Latin y as the letter of the spelling the document uses more', () => {
    expect(normalizeText('Бyл. Бул, бул.', { language: 'kk' }).text).toBe('Бул. Бул, бул.')
    expect(normalizeText('Бyл. Бүл, бүл.', { language: 'ru' }).text).toBe('Бүл. Бүл, бүл.')
    // Neither spelling elsewhere: the language decides.
    expect(normalizeText('Бyл.', { language: 'kk' }).text).toBe('Бүл.')
    expect(normalizeText('Бyл.', { language: 'ru' }).text).toBe('Бул.')
  })
})

describe('repair log and offset map (invariants)', () => {
  const inputs = [...seeds, ...corpusSlugs().flatMap((slug) => Object.values(readPair(slug)))]
  it.each(inputs.map((text, i) => [i, text] as const))('input %i: every repair quotes the original; the map is monotonic', (_i, original) => {
    const normalized = normalizeText(original)
    for (const repair of normalized.repairs) expect(original.slice(repair.start, repair.end)).toBe(repair.before)
    const map = offsetArray(normalized.toOriginal)
    expect(map.length).toBe(normalized.text.length + 1)
    for (let k = 1; k < map.length; k++) expect(map[k]! >= map[k - 1]!).toBe(true)
    // The compact forms (the stored breakpoints, the lookups) say what the full array says.
    const points = offsetBreakpoints(normalized.toOriginal)
    for (let k = 0; k < map.length; k += 7) expect(originalOffset(points, k)).toBe(map[k])
    for (let at = 0; at <= original.length; at += 11) expect(toCleanOffset(normalized, at)).toBe(firstAtOrAfter(map, at))
    // Characters no repair touched are the original characters at their mapped offsets.
    const touched = new Uint8Array(original.length + 1)
    for (const repair of normalized.repairs) touched.fill(1, repair.start, Math.max(repair.end, repair.start + 1))
    for (let k = 0; k < normalized.text.length; k++) {
      const at = map[k]!
      if (!touched[at]) expect(normalized.text[k]).toBe(original[at])
    }
  })
})

describe('markdown renderings', () => {
  it('removes headings, emphasis, anchors, quote markers and front matter', () => {
    const { kk } = readPair('constitution-2026')
    const clean = normalizeText(kk).text
    expect(clean).not.toMatch(/[#*>]|<a id|version_id/)
    expect(clean).toMatch(/^1-бап$/m)
  })

  it('reads a ``` block (a signature in columns) as one paragraph, its lines apart by a line separator, the join logged', () => {
    const text = '# Келісім\n\nОсы Келісім күшіне енеді.\n\n```\nҚазақстан Республикасының   Финляндия Республикасының\n\n    Үкіметі үшін        Үкіметі үшін\n```\n'
    const normalized = normalizeText(text)
    expect(normalized.text.split('\n')).toEqual(['Келісім', 'Осы Келісім күшіне енеді.', 'Қазақстан Республикасының Финляндия Республикасының\u2028Үкіметі үшін Үкіметі үшін'])
    expect(normalized.repairs.filter((repair) => repair.kind === 'line-join').map((repair) => repair.after)).toEqual(['\u2028'])
  })
})

/** The first index whose value is `value` or more, by a plain scan. */
function firstAtOrAfter(values: Int32Array, value: number): number {
  const index = values.findIndex((entry) => entry >= value)
  return index < 0 ? values.length - 1 : index
}
