import { describe, expect, it } from 'vitest'
import { findCodes, findDates, findNumbers, findReferences, unmatched, unmatchedDates } from '../../../aligner/checks/extract.ts'

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
  })

  it('reads codes and abbreviations, not roman numerals', () => {
    expect(values(findCodes('SG(2007)0626 NATO ООН (Конвенция ICSID) главы III, положения I-II'))).toEqual(['SG(2007)0626', 'NATO', 'UN', 'ICSID'])
    expect(values(findCodes('НАТО мен БҰҰ'))).toEqual(['NATO', 'UN'])
  })
})
