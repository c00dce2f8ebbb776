import { describe, expect, it } from 'vitest'
import { alignDocuments } from '../../../aligner/pipeline.ts'
import { checkAlignment } from '../../../aligner/checks/run.ts'
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
    const withoutPoint = ru.replace(/^2\) вклады в компании[^\n]*\n/m, '')
    expect(fresh(check(kk, withoutPoint)).some((f) => ['structure', 'empty-side'].includes(f.kind))).toBe(true)
  })

  it('finds a Latin look-alike slipped into a word', () => {
    const corrupted = ru.replace('Договаривающихся Сторон на территории', 'Договаривающихся Cторон на территории')
    expect(fresh(check(kk, corrupted)).some((f) => f.kind === 'mixed-script' && f.message.includes('Cторон'))).toBe(true)
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
})
