// Language of a text: the letters decide where they can, franc where they cannot.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../aligner/language.ts'
import { prepareDocument } from '../../aligner/pipeline.ts'
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
    expect(detectLanguage('This Agreement shall enter into force on the date of the last notification.')).toMatchObject({ language: null, iso6393: 'eng', latinKazakh: false })
    // A version that keeps a long passage in the original language is still that version.
    const english = 'This Annex sets out the form of the certificate to be issued by the competent authority of each Party. '
    expect(detectLanguage(`1-бап\nТараптар өздерінің ұлттық заңнамасына сәйкес ынтымақтасады.\n${english.repeat(2)}`)).toMatchObject({ language: 'kk' })
    expect(detectLanguage('12.03.2004 – 15 000')).toEqual({ language: null, iso6393: 'und' })
  })

  it('tells Kazakh in a Latin alphabet apart from the other Latin alphabets with its letters or with q', () => {
    // The 2018 alphabet (ǵ ń ú ý ı) and the 2021 one (ŋ ū ğ ş ı).
    expect(detectLanguage('Qazaqstan Respýblıkasynyń Úkimeti men Reseı Federatsııasynyń Úkimeti arasyndaǵy ǵarysh qyzmeti salasyndaǵy yntymaqtastyq týraly kelisim.').latinKazakh).toBe(true)
    expect(detectLanguage('Qazaqstan Respublikasynyŋ Ükımetı men Reseı Federasiasynyŋ Ükımetı arasyndağy ğaryş qyzmetı salasyndağy yntymaqtastyq turaly kelısım. Būl kelısım qol qoiylğan künnen bastap küşıne enedı.').latinKazakh).toBe(true)
    for (const other of [
      'Rząd Rzeczypospolitej Polskiej i Rząd Republiki Kazachstanu, zwane dalej Stronami, uzgodniły postanowień umowy o współpracy państw w dziedzinie kultury.',
      'Azərbaycan Respublikası Hökuməti və Qazaxıstan Respublikası Hökuməti arasında qarşılıqlı əməkdaşlıq haqqında saziş bağladılar.',
      'Oʻzbekiston Respublikasi Hukumati va Qozogʻiston Respublikasi Hukumati oʻrtasidagi hamkorlik toʻgʻrisida bitim imzolandi.',
      'Latvijas Republikas valdība un Kazahstānas Republikas valdība, turpmāk tekstā – Puses, ir vienojušās par sadarbību kultūras jomā.',
    ]) {
      expect(detectLanguage(other).latinKazakh, other).toBe(false)
    }
  })

  it('refuses a Latin-Kazakh file saying which alphabet Egiz reads, not that it is some other language', () => {
    const text = '1-bap. Jalpy erejeler\nOsy Kelisim Taraptardyń ǵarysh qyzmeti salasyndaǵy yntymaqtastyǵynyń tártibin aıqyndaıdy.\n'
    const prepared = prepareDocument({ name: 'kelisim.txt', bytes: new TextEncoder().encode(text) })
    expect(prepared).toMatchObject({ ok: false, problem: 'language', detail: { code: 'latin-kazakh' } })
    expect(prepared.ok ? '' : prepared.reason).toContain('Kazakh in the Latin alphabet')
  })
})
