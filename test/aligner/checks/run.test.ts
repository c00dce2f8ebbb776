import { describe, expect, it } from 'vitest'
import { alignDocuments } from '../../../aligner/pipeline.ts'
import { checkAlignment, checkSentencePair } from '../../../aligner/checks/run.ts'
import type { AlignedPair } from '../../../aligner/pipeline.ts'
import type { Finding } from '../../../aligner/checks/findings.ts'
import { readPair, stripAnchors } from '../../helpers/corpus.ts'
import { prepare } from '../../helpers/anchor-score.ts'

const base = readPair('kz-fi-investment-bit-1992')
const kk = stripAnchors(base.kk).text
const ru = stripAnchors(base.ru).text

function check(kkText: string, ruText: string): Finding[] {
  const a = prepare('kk', kkText)
  const b = prepare('ru', ruText)
  return checkAlignment({ result: alignDocuments(a, b), kk: a, ru: b })
}

const baseline = check(kk, ru)
const fresh = (findings: Finding[]) => findings.filter((f) => !baseline.some((b) => b.kind === f.kind && b.message === f.message))

describe('checks on a real pair', () => {
  it('finds no numbers, dates or references that differ in the unmodified pair', () => {
    expect(baseline.filter((f) => ['number', 'date', 'reference', 'structure', 'language'].includes(f.kind))).toEqual([])
  })

  it('finds a changed number, with the span on the changed side', () => {
    const corrupted = ru.replace('в течение не более трех месяцев', 'в течение не более 4 месяцев')
    const [finding] = fresh(check(kk, corrupted)).filter((f) => f.kind === 'number')
    expect(finding).toMatchObject({ severity: 'error', message: 'number 4 is in the Russian text but not in the Kazakh one' })
  })

  it('finds a shifted date and a changed article reference', () => {
    const dates = fresh(check(kk, ru.replace('29 сентября 1992 года', '28 сентября 1992 года')))
    expect(dates.map((f) => f.message)).toContain('date 1992-09-28 is in the Russian text but not in the Kazakh one')
    const references = fresh(check(kk.replace('6-бабында', '7-бабында'), ru))
    expect(references.some((f) => f.kind === 'reference' && f.message.includes('article 7'))).toBe(true)
  })

  it('finds Russian text on the Kazakh side and a deleted point', () => {
    const pasted = kk.replace(/^Осы келiсiмде:$/m, 'Соглашение применяется ко всем инвестициям, осуществленным инвесторами одной Договаривающейся Стороны.')
    expect(fresh(check(pasted, ru)).some((f) => f.kind === 'language' && f.severity === 'error')).toBe(true)
    // Also a heading and its text, each too short to judge alone.
    const heading = kk.replace(/^Осы келiсiмде:$/m, 'ОСНОВОПОЛАГАЮЩИЙ ПРИНЦИП К: Планы действий в чрезвычайных ситуациях')
    expect(fresh(check(heading, ru)).some((f) => f.kind === 'language' && f.severity === 'error')).toBe(true)
    const withoutPoint = ru.replace(/^2\) вклады в компании[^\n]*\n/m, '')
    expect(fresh(check(kk, withoutPoint)).some((f) => ['structure', 'empty-side'].includes(f.kind))).toBe(true)
  })

  it('repairs a Latin look-alike slipped into a word, and reports a word it cannot repair once per version', () => {
    const repaired = prepare('ru', ru.replace('Договаривающихся Сторон на территории', 'Договаривающихся Cторон на территории'))
    expect(repaired.normalized.repairs.some((r) => r.kind === 'lookalike' && r.before === 'Cторон')).toBe(true)
    const mixed = fresh(check(kk, ru.replace('Договаривающихся Сторон на территории', 'Договаривающихся Сторон на территоrии').replace('инвестиций', 'инвеstиций')))
    expect(mixed.filter((f) => f.kind === 'mixed-script').map((f) => f.message)).toEqual([
      'Russian text: 2 words mix Latin and Cyrillic letters that could not be repaired ("инвеstиций", "территоrии"): retype them in one script',
    ])
  })

  it('finds article titles that cannot correspond', () => {
    const missing = fresh(check(kk, ru.replace('### Статья 5 Экспроприация', '### Статья 5')))
    expect(missing.some((f) => f.kind === 'structure' && f.message === '5-бап has the title "Экспроприация", Статья 5 has none')).toBe(true)
    const different = fresh(check(kk, ru.replace('### Статья 10 Суброгация', '### Статья 10 Порядок разрешения споров между инвестором и государством')))
    expect(different.some((f) => f.kind === 'structure' && f.message.startsWith('the titles of 10-бап and Статья 10 differ much in length'))).toBe(true)
  })

  it('resolves references to points against the referenced article', () => {
    const dangling = fresh(check(kk, ru.replace('указанные в пункте 3 настоящей статьи', 'указанные в пункте 9 настоящей статьи')))
    expect(dangling.some((f) => f.kind === 'reference' && /^Russian text refers to point 9 of Статья \d+, which has no such point$/.test(f.message))).toBe(true)
  })

  it('finds a point left with its label and no text, also in a document of points without articles', () => {
    const kk = ['Өзара түсіністік туралы меморандум', '1. Тараптар су ресурстары саласында ынтымақтасады және ақпарат алмасады.', '2.', '3. Осы Меморандум қол қойылған күнінен бастап күшіне енеді.'].join('\n\n')
    const ru = ['Меморандум о взаимопонимании', '1. Стороны сотрудничают в области водных ресурсов и обмениваются информацией.', '2. Стороны создают совместную рабочую группу.', '3. Настоящий Меморандум вступает в силу с даты подписания.'].join('\n\n')
    expect(check(kk, ru).filter((f) => f.detail.code === 'bare-label').map((f) => f.message)).toEqual(['point 2 has a label but no text in the Kazakh version'])
  })

  it('finds a passage left in English on one side where the other is translated, not one both versions keep in English', () => {
    const english = 'The Parties shall cooperate in accordance with their national legislation and exchange information on investments.'
    const pair = (kkBody: string, ruBody: string) =>
      check(['1-бап', 'Тараптар осы Келісімге және өздерінің заңнамасына сәйкес инвестициялар саласында ынтымақтасады.', '2-бап', kkBody].join('\n\n'), ['Статья 1', 'Стороны сотрудничают в области инвестиций в соответствии с настоящим Соглашением и своим законодательством.', 'Статья 2', ruBody].join('\n\n'))
    const untranslated = (findings: Finding[]) => findings.filter((f) => f.kind === 'language').map((f) => [f.severity, f.message])
    expect(untranslated(pair(english, 'Стороны сотрудничают в соответствии со своим национальным законодательством и обмениваются информацией об инвестициях.'))).toEqual([
      ['warning', 'the Kazakh side is in another language, in Latin letters, where the Russian side is translated: untranslated text?'],
    ])
    expect(untranslated(pair('Тараптар өздерінің ұлттық заңнамасына сәйкес ынтымақтасады және инвестициялар туралы ақпарат алмасады.', english))).toEqual([
      ['warning', 'the Russian side is in another language, in Latin letters, where the Kazakh side is translated: untranslated text?'],
    ])
    // An annex's form kept in English in both versions is no untranslated text.
    expect(untranslated(pair(`Нысан: ${english}`, `Форма: ${english}`))).toEqual([])
  })

  it('reads the articles an amending protocol quotes as the amended act\'s, and still checks its own references', () => {
    // The protocol has articles 1–3; the article it replaces is 5 of the agreement it amends.
    const protocol = (ownReference: string) => ({
      kk: ['Келісімге өзгерістер енгізу туралы хаттама', '1-бап', 'Келісімге мынадай өзгерістер енгізілсін:\n5-бап мынадай редакцияда жазылсын:\n«5-бап', 'Тараптар осы Келісімді орындау үшін осы Келісімнің 7-бабында көрсетілген жұмыс тобын құрады.».', '2-бап', `Осы Хаттама осы Хаттаманың ${ownReference}-бабында көзделген тәртіппен күшіне енеді.`, '3-бап', 'Осы Хаттама Келісімнің ажырамас бөлігі болып табылады.'].join('\n\n'),
      ru: ['Протокол о внесении изменений в Соглашение', 'Статья 1', 'Внести в Соглашение следующие изменения:\nстатью 5 изложить в следующей редакции:\n«Статья 5', 'Стороны для выполнения настоящего Соглашения создают рабочую группу, указанную в статье 7 настоящего Соглашения.».', 'Статья 2', `Настоящий Протокол вступает в силу в порядке, предусмотренном статьей ${ownReference} настоящего Протокола.`, 'Статья 3', 'Настоящий Протокол является неотъемлемой частью Соглашения.'].join('\n\n'),
    })
    const references = (texts: { kk: string; ru: string }) => check(texts.kk, texts.ru).filter((f) => f.kind === 'reference').map((f) => f.message)
    expect(references(protocol('3'))).toEqual([])
    expect(references(protocol('4'))).toEqual(['Kazakh text refers to article 4 of this act, which has no such article', 'Russian text refers to article 4 of this act, which has no such article'])
  })

  it('never reads a heading as a reference, however a reviewer re-pairs it', () => {
    const side = (text: string) => ({ text, start: 0, end: text.length, labels: [] })
    const pair = (kkText: string, ruText: string): AlignedPair => ({ id: 'p', level: 'sentence', kind: '1-1', kk: side(kkText), ru: side(ruText), confidence: 0.9, reasons: [] })
    const about = (findings: ReturnType<typeof checkSentencePair>) => findings.filter((f) => ['reference', 'number'].includes(f.kind))
    expect(about(checkSentencePair(pair('5-бап. Мақсаты', 'Статья 5. Цель'), 1))).toEqual([])
    expect(about(checkSentencePair(pair('5-бап\nТараптар ынтымақтасады.', 'Статья 5\nСтороны сотрудничают.'), 1))).toEqual([])
    // Article 5 paired with article 6 by hand: a renumbering for the article check, no reference here.
    expect(about(checkSentencePair(pair('5-бап', 'Статья 6'), 1))).toEqual([])
    expect(about(checkSentencePair(pair('V бап', 'Статья 5'), 1))).toEqual([])
  })

  it('reads a code written in Cyrillic look-alikes as the same code, also glued to a number', () => {
    const side = (text: string) => ({ text, start: 0, end: text.length, labels: [] })
    const pair: AlignedPair = { id: 'p', level: 'sentence', kind: '1-1', kk: side('Телекс нөмірі: К 26595ЕХІМВК'), ru: side('Номер телекса: К 26595EXIMBK'), confidence: 0.9, reasons: [] }
    expect(checkSentencePair(pair, 1).filter((f) => f.kind === 'code')).toEqual([])
  })

  it('tells a value missing from a pair from one the neighbouring pair holds', () => {
    const side = (text: string) => ({ text, start: 0, end: text.length, labels: [] })
    const pair: AlignedPair = { id: 'p', level: 'sentence', kind: '1-1', kk: side('Келісім 2005 жылғы 8 шілдеде күшіне енеді.'), ru: side('Соглашение вступает в силу.'), confidence: 0.9, reasons: [] }
    const alone = checkSentencePair(pair, 1).filter((f) => f.kind === 'date')
    expect(alone.map((f) => [f.severity, f.detail.code])).toEqual([['error', 'missing-value']])
    const paired = checkSentencePair(pair, 1, undefined, { neighbours: { kk: '', ru: 'Оно подписано 8 июля 2005 года.' } }).filter((f) => f.kind === 'date')
    expect(paired.map((f) => [f.severity, f.detail.code])).toEqual([['info', 'missing-value-nearby']])
  })

  it('takes unpaired text for text placed elsewhere when it shares two identifying values with unpaired text of the other version', () => {
    // A note kept with article 1 in Kazakh and with article 2 in Russian: each is unpaired.
    const judged = (ruNumber: string) => {
      const kkText = ['1-бап Мақсаты', 'Тараптар 1999 жылғы келісімге сәйкес инвестицияларды өзара қорғауды қамтамасыз етеді.', 'Осы ескертпе 2004 жылғы 15 наурыздағы № 5123 хатқа сәйкес енгізілді.', '2-бап Күшіне енуі', 'Осы Келісім соңғы хабарлама алынған күннен бастап күшіне енеді.', 'Келісім он жыл бойы қолданылады.']
      const ruText = ['Статья 1 Цель', 'Стороны обеспечивают взаимную защиту инвестиций в соответствии с соглашением 1999 года.', 'Статья 2 Вступление в силу', 'Настоящее Соглашение вступает в силу с даты получения последнего уведомления.', 'Соглашение действует в течение десяти лет.', `Данное примечание внесено в соответствии с письмом № ${ruNumber} от 15 марта 2004 года.`]
      return check(kkText.join('\n\n'), ruText.join('\n\n')).filter((f) => f.kind === 'empty-side').map((f) => [f.kk === null ? 'ru' : 'kk', f.severity, f.detail.code])
    }
    expect(judged('5123')).toEqual([['kk', 'info', 'one-sided-same-values'], ['ru', 'info', 'one-sided-same-values']])
    // The date alone is not enough: a treaty's own date recurs in titles, notes and certifications.
    expect(judged('7777')).toEqual([['kk', 'warning', 'one-sided'], ['ru', 'warning', 'one-sided']])
  })

  it('compares the numbered sections of paired articles, and says how a one-sided text was judged', () => {
    const loan = readPair('kz-kexim-loan-1998')
    const findings = check(stripAnchors(loan.kk).text, stripAnchors(loan.ru).text)
    expect(findings.filter((f) => f.detail.code === 'section-numbered-differently').map((f) => [f.severity, f.message])).toEqual([['error', '12-Бап numbers a section 2.4 where Статья 12 numbers it 12.4']])
    // Unpaired text whose counterpart is unpaired beside it is a note; text with none is a warning.
    const oneSided = findings.filter((f) => f.kind === 'empty-side')
    expect(oneSided.some((f) => f.severity === 'info' && f.detail.code === 'one-sided-beside-other')).toBe(true)
    expect(oneSided.filter((f) => f.severity === 'warning').every((f) => f.detail.code === 'one-sided')).toBe(true)
  })
})
