import { describe, expect, it } from 'vitest'
import { describeFinding, type FindingDetail } from '../../../aligner/checks/messages.ts'
import { checkAlignment } from '../../../aligner/checks/run.ts'
import { alignDocuments } from '../../../aligner/pipeline.ts'
import { readPair, stripAnchors } from '../../helpers/corpus.ts'
import { prepare } from '../../helpers/anchor-score.ts'

/** One detail of every code. */
const DETAILS: FindingDetail[] = [
  { code: 'one-sided', side: 'kk' },
  { code: 'one-sided-in-balanced-article', side: 'ru' },
  { code: 'one-sided-beside-other', side: 'kk' },
  { code: 'one-sided-same-values', side: 'ru' },
  { code: 'missing-value', what: 'number', value: '15', side: 'kk' },
  { code: 'missing-value', what: 'reference', value: 'article:5', side: 'ru' },
  { code: 'missing-value-nearby', what: 'date', value: '2005-07-08', side: 'ru' },
  { code: 'missing-code-elsewhere', what: 'code', value: 'ICSID', side: 'kk' },
  { code: 'missing-value-elsewhere', what: 'number', value: '2264', side: 'kk' },
  { code: 'shorter', side: 'ru', kk: 200, ru: 90 },
  { code: 'ending-differs', kk: '.', ru: ';' },
  { code: 'unbalanced', what: 'guillemets', side: 'ru' },
  { code: 'kazakh-side-russian' },
  { code: 'side-untranslated', side: 'kk' },
  { code: 'russian-side-kazakh-words', words: ['және', 'бойынша'] },
  { code: 'unit-one-side', unit: 'article', label: 'Статья 5', side: 'ru' },
  { code: 'renumbered', kk: '5-бап', ru: 'Статья 6' },
  { code: 'title-one-side', kkLabel: '5-бап', kkTitle: 'Мақсаты', ruLabel: 'Статья 5', ruTitle: '' },
  { code: 'title-length', kkLabel: '5-бап', kkTitle: 'Мақсаты', ruLabel: 'Статья 5', ruTitle: 'Цели и задачи настоящего Соглашения и порядок их достижения' },
  { code: 'bare-label', point: '2', article: 'Статья 31', side: 'ru' },
  { code: 'bare-label', point: '2', article: '', side: 'kk' },
  { code: 'item-count', kkLabel: '3-бап', kk: 8, ruLabel: 'Статья 3', ru: 9 },
  { code: 'section-numbered-differently', kkLabel: '12-бап', kk: '2.4', ruLabel: 'Статья 12', ru: '12.4' },
  { code: 'section-one-side', section: '3.7', article: '3-бап', side: 'kk' },
  { code: 'article-twice', side: 'kk', number: '7' },
  { code: 'articles-jump', side: 'ru', from: 4, to: 6 },
  { code: 'dangling-article', side: 'ru', number: '40' },
  { code: 'dangling-point', side: 'kk', point: '9', article: '5-бап' },
  { code: 'mixed-words', side: 'ru', count: 7, words: ['Ргоjес', 'территоrии'] },
]

describe('finding messages', () => {
  it('says every finding in English, Kazakh and Russian, with its values', () => {
    for (const detail of DETAILS) {
      for (const language of ['en', 'kk', 'ru'] as const) {
        const text = describeFinding(detail, language)
        expect(text, `${detail.code} in ${language}`).not.toMatch(/undefined|NaN|\[object/)
        if (language !== 'en') expect(text, `${detail.code} in ${language}`).toMatch(/\p{Script=Cyrillic}{3}/u)
        for (const value of Object.values(detail).filter((v) => typeof v === 'string' && v.length > 2 && !['kk', 'ru'].includes(v) && !v.includes(':') && !/^[a-z-]+$/.test(v))) {
          expect(text, `${detail.code} in ${language} shows ${String(value)}`).toContain(value)
        }
      }
    }
    expect(describeFinding({ code: 'missing-value', what: 'reference', value: 'article:5', side: 'ru' }, 'kk')).toBe('сілтеме 5-бап орыс мәтінінде бар, қазақ мәтінінде жоқ')
    expect(describeFinding({ code: 'missing-value', what: 'number', value: '15', side: 'kk' }, 'ru')).toBe('число 15 есть в казахском тексте, но нет в русском тексте')
  })

  it('writes the English message of every finding from its detail', () => {
    const pair = readPair('kz-kexim-loan-1998')
    const kk = prepare('kk', stripAnchors(pair.kk).text)
    const ru = prepare('ru', stripAnchors(pair.ru).text)
    const findings = checkAlignment({ result: alignDocuments(kk, ru), kk, ru })
    expect(findings.length).toBeGreaterThan(10)
    for (const finding of findings) expect(finding.message).toBe(describeFinding(finding.detail, 'en'))
  })
})
