import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../aligner/text/sentences.ts'

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end))

describe('splitSentences', () => {
  it('splits at sentence ends before a capital or a label', () => {
    expect(split('Первое предложение. Второе предложение. 2) подпункт')).toEqual(['Первое предложение.', 'Второе предложение.', '2) подпункт'])
  })

  it('keeps legal abbreviations, initials and labels inside the sentence', () => {
    expect(split('Бюллетень, 2004 г., N 4, ст. 16. Далее.')).toEqual(['Бюллетень, 2004 г., N 4, ст. 16.', 'Далее.'])
    expect(split('2007 ж. 1 қараша күні. Келесі.')).toEqual(['2007 ж. 1 қараша күні.', 'Келесі.'])
    expect(split('Премьер-Министрі О. Бектенов')).toEqual(['Премьер-Министрі О. Бектенов'])
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
