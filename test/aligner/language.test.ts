// Language of a text: the letters decide where they can, franc where they cannot.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../aligner/language.ts'
import { CORPUS, corpusSlugs } from '../helpers/corpus.ts'

/** A Kazakh text that lost its own letters, to their nearest Russian letters or to `?`. */
const KAZAKH_TO_RUSSIAN: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', Ә: 'А', Ғ: 'Г', Қ: 'К', Ң: 'Н', Ө: 'О', Ұ: 'У', Ү: 'У', Һ: 'Х', І: 'И' }
const withoutKazakhLetters = (text: string, to?: string) => text.replace(/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g, (letter) => to ?? KAZAKH_TO_RUSSIAN[letter]!)

describe('detectLanguage', () => {
  it.each(corpusSlugs())('knows both versions of %s', (slug) => {
    expect(detectLanguage(readFileSync(join(CORPUS, slug, 'kk.txt'), 'utf8')).language).toBe('kk')
    expect(detectLanguage(readFileSync(join(CORPUS, slug, 'ru.txt'), 'utf8')).language).toBe('ru')
  })

  it('never takes a Kazakh text that lost its letters for Russian', () => {
    for (const slug of corpusSlugs()) {
      const kazakh = readFileSync(join(CORPUS, slug, 'kk.txt'), 'utf8')
      expect(detectLanguage(withoutKazakhLetters(kazakh, '?')).language, slug).not.toBe('ru')
    }
  })

  it('takes a sentence in the Russian alphabet with Russian words for Russian', () => {
    expect(detectLanguage('Настоящее Соглашение вступает в силу с даты получения последнего уведомления.')).toEqual({ language: 'ru', iso6393: 'rus' })
  })

  it('names the other Cyrillic languages, which write letters Russian lacks or lack ы', () => {
    expect(detectLanguage('Ця Угода набирає чинності з дати отримання останнього повідомлення про виконання внутрішньодержавних процедур.').iso6393).toBe('ukr')
    expect(detectLanguage('Гэта Пагадненне ўступае ў сілу з даты атрымання апошняга паведамлення аб выкананні ўнутрыдзяржаўных працэдур.').iso6393).toBe('bel')
    expect(detectLanguage('Настоящото споразумение влиза в сила от датата на получаване на последното уведомление за изпълнение на вътрешните процедури.').language).toBeNull()
  })

  it('names a language in another script, and says when there are no letters', () => {
    expect(detectLanguage('This Agreement shall enter into force on the date of the last notification.')).toEqual({ language: null, iso6393: 'eng' })
    expect(detectLanguage('12.03.2004 – 15 000')).toEqual({ language: null, iso6393: 'und' })
  })
})
