// The corpus texts are told apart by their letters alone: franc, costly to load, is never needed
// for a Kazakh or a Russian agreement (here loading it fails the test).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectLanguage, setFrancLoader } from '../../aligner/language.ts'
import { CORPUS, corpusSlugs } from '../helpers/corpus.ts'

setFrancLoader(() => {
  throw new Error('franc was needed')
})

describe('languages decided by the letters', () => {
  it.each(corpusSlugs())('%s', (slug) => {
    expect(detectLanguage(readFileSync(join(CORPUS, slug, 'kk.txt'), 'utf8')).language).toBe('kk')
    expect(detectLanguage(readFileSync(join(CORPUS, slug, 'ru.txt'), 'utf8')).language).toBe('ru')
  })

  it('reads a Cyrillic look-alike beside Latin letters (a roman number) as no sign of another language', () => {
    expect(detectLanguage('Сноска. Глава VII была изменена в соответствии с Законом РК от 17.04.2020 № 319-VІ.').language).toBe('ru')
  })
})
