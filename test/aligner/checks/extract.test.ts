import { describe, expect, it } from 'vitest'
import { countListLabels, findBareLabels, findCodes, findDates, findHeadingNumbers, findNumbers, findReferences, unmatched, unmatchedDates, writesOut } from '../../../aligner/checks/extract.ts'
import { numbersInWords } from '../../../aligner/checks/number-words.ts'

const values = (found: Array<{ value: string }>) => found.map((f) => f.value)

describe('what must agree between the versions', () => {
  it('reads dates in every form both languages use, as dates', () => {
    expect(values(findDates('подписанный в Баку 24 мая 2005 года, «7» июня 2024 года и 24.05.2005'))).toEqual(['2005-05-24', '2024-06-07', '2005-05-24'])
    expect(values(findDates('2005 жылғы 24 мамырда, 2024 жылғы 16 қыркүйектегі, 2024 жылғы "7" маусымда, 2007 ж. 1 қараша'))).toEqual(['2005-05-24', '2024-09-16', '2024-06-07', '2007-11-01'])
    expect(values(findDates('1965 жылғы наурыз айының 18-інде; ҚР 2010.07.15 N 335-IV'))).toEqual(['1965-03-18', '2010-07-15'])
  })

  it('reads dates without a year and matches them to full dates by month and day', () => {
    expect(values(findDates('«7» июня и 2024 жылғы "7" маусымда, "7" маусымда'))).toEqual(['--06-07', '2024-06-07', '--06-07'])
    const ru = findDates('подписанное «7» июня 2024 года')
    expect(unmatchedDates(findDates('"7" маусымда қол қойылған'), ru)).toEqual([])
    expect(unmatchedDates(findDates('"8" маусымда қол қойылған'), ru).map((d) => d.value)).toEqual(['--06-08'])
  })

  it('reads references to articles, points and subpoints, lists included, in both word orders', () => {
    expect(values(findReferences('статьей 26 и пункта 2 статьи 3, подпунктах 4), 5) и 6) пункта 1, статьями 8, 13-17 настоящего Закона'))).toEqual([
      'article:26', 'point:2', 'article:3', 'point:4', 'point:5', 'point:6', 'point:1', 'article:8', 'article:13-17',
    ])
    expect(values(findReferences('осы Келісімнің 26-бабында, 3-баптың 2-тармағы, 1-тармағының 4), 5) және 6) тармақшаларында, 28 және 29 баптарында'))).toEqual([
      'article:26', 'article:3', 'point:2', 'point:1', 'point:4', 'point:5', 'point:6', 'article:28', 'article:29',
    ])
  })

  it('keeps content numbers apart from labels, dates and references, with separators unified', () => {
    const text = '2) Сумма 1 000 000 тенге, 24 (двадцать четыре) и 1,5 процента\n3. затем 7'
    expect(values(findNumbers(text))).toEqual(['1000000', '24', '1.5', '7'])
    const kk = '1 000 000 теңге, 24 (жиырма төрт), 1.5 пайыз'
    expect(unmatched(findNumbers(text), findNumbers(kk)).map((f) => f.value)).toEqual(['7'])
    // A reference to an inserted article whose number is raised reads as the hyphened one.
    expect(values(findReferences('статьей 5¹ настоящего Закона; осы Заңның 5¹-бабында'))).toEqual(['article:5-1', 'article:5-1'])
    // Typeset copies separate thousands with a thin (U+2009) or narrow no-break (U+202F) space.
    expect(values(findNumbers('Тараптар 1\u202F000\u202F000 теңге және 2\u2009500 доллар бөледі'))).toEqual(['1000000', '2500'])
  })

  it('reads codes and abbreviations, not roman numerals', () => {
    expect(values(findCodes('SG(2007)0626 NATO ООН (Конвенция ICSID) главы III, положения I-II'))).toEqual(['SG(2007)0626', 'NATO', 'UN', 'ICSID'])
    expect(values(findCodes('НАТО мен БҰҰ'))).toEqual(['NATO', 'UN'])
  })

  it('reads date ranges as both their dates, in one month or across two', () => {
    expect(values(findDates('с 4 по 8 июля 2005 года; 22-25 сентября 1969 года; 29 февраля - 4 марта 1972 года'))).toEqual(['2005-07-04', '2005-07-08', '1969-09-22', '1969-09-25', '1972-02-29', '1972-03-04'])
    expect(values(findDates('2005 жылы шілденің 4-ден 8-ге дейін; 1969 жылғы 22–25 қыркүйек; 1972 жылғы 29 ақпан–4 наурыз; 1999 жылдың 31 желтоқсанын'))).toEqual(['2005-07-04', '2005-07-08', '1969-09-22', '1969-09-25', '1972-02-29', '1972-03-04', '1999-12-31'])
    // A range leaves no year behind to be read as a content number.
    expect(values(findNumbers('2005 жылы шілденің 4-ден 8-ге дейін', findDates('2005 жылы шілденің 4-ден 8-ге дейін')))).toEqual([])
  })

  it('reads roman, lettered and section numbers of references by their value', () => {
    expect(values(findReferences('пункта I статьи IV, статей 44-49, статья 1 А, в Разделе 8.1 и Разделе 8.2'))).toEqual(['point:1', 'article:4', 'article:44-49', 'article:1-A', 'section:8.1', 'section:8.2'])
    expect(values(findReferences('I - II-баптардың, 11 А бабы және 11 В бабы, 8.1 және 8.2 бөлімдерде'))).toEqual(['article:1-2', 'article:11-A', 'article:11-B', 'section:8.1', 'section:8.2'])
    // A heading and the next line are not a lettered article.
    expect(values(findReferences('Статья 27\nВ настоящий Устав'))).toEqual(['article:27'])
  })

  it('reads a list of numbers with no word after it as no reference, and goes on after it', () => {
    expect(values(findReferences('1, 2, 3, 4 және 5 саны, 6-бап, 7) тармақша, 8)) тармақша'))).toEqual(['article:6', 'point:7', 'point:8'])
    expect(values(findReferences(`${Array.from({ length: 5000 }, (_, k) => k + 1).join(', ')} сандары, 9-бап`))).toEqual(['article:9'])
  })

  it('compares labels and identifiers as what they are, not as quantities', () => {
    expect(values(findNumbers('точка 15/1 и 48/1, нота N 13-11656/10567, пункт 2.3.1'))).toEqual(['15/1', '48/1', '13-11656/10567', '2.3.1'])
    // Numbers joined by hyphens with no slash after them are read one by one, however many.
    expect(values(findNumbers(`${'7-'.repeat(3000)}7 и 5/6`))).toEqual([...Array<string>(3001).fill('7'), '5/6'])
    // Digits glued to letters: a footnote mark, a digit typed for a letter, a code; a long run is an identifier's.
    expect(values(findNumbers('ПРАВУ1 (Вступление), 3аем, USD3, телекс 29595ЕХІМВК, № 5'))).toEqual(['29595', '5'])
    // Table cells stay apart; amounts with two thousands groups read whatever their separators.
    expect(values(findNumbers('Товары 15000 100% и US$ 3,825,000 или USD 3,825.000,00'))).toEqual(['15000', '100', '3825000', '3825000'])
  })

  it('reads the numbers of headings and numbered sections, and points without text', () => {
    expect(values(findHeadingNumbers('Раздел 1.1 Определения\n1.1.-бөлім. Анықтама\n2.4-бөлім. Иммунитет\nРаздел II\nСтатья 5'))).toEqual(['heading:1.1', 'heading:1.1', 'heading:2.4', 'heading:2'])
    expect(countListLabels('Статья 3\n(а) один\n(Ь) два\nб) три\n1. четыре')).toBe(4)
    expect(values(findBareLabels('1. Текст пункта.\n2.\nB.\n3. Текст.'))).toEqual(['2', 'b'])
  })

  it('reads numbers written in words, inflected, in both languages', () => {
    expect(numbersInWords('восемьдесят пять процентов, десятью частями, трех миллионов восьмисот двадцати пяти тысяч')).toEqual([85, 10, 3_825_000])
    expect(numbersInWords('сексен бес процент, он бөлікпен, үш миллион сегіз жүз жиырма бес мың, бестен кем емес')).toEqual([85, 10, 3_825_000, 5])
  })

  it('reads codes typed with look-alike letters as Latin, and knows organisations by their full names', () => {
    expect(values(findCodes('N DPT-II-2246-21-2002/ВВ/35 и Ic-шараларды, N04-029-695'))).toEqual(['DPT-II-2246-21-2002/BB/35'])
    expect(writesOut('Біріккен Ұлттар Ұйымының Хатшылығында', 'UN')).toBe(true)
    expect(writesOut('Организации Объединенных Наций', 'UN')).toBe(true)
    expect(writesOut('Совет Безопасности', 'UN')).toBe(false)
  })
})
