import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../cli/main.ts'
import { temporaryPath } from '../helpers/workspace.ts'
import { srxRulesFor, srxSegments } from '../helpers/srx.ts'
import { srxRules } from '../../aligner/tmx/segmentation-rules.ts'
import { splitSentences } from '../../aligner/text/sentences.ts'

async function egiz(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) })
  return { code, out, err }
}

describe('egiz rules', () => {
  it('writes SRX 2.0 with the legal abbreviations as exceptions before the default rules', async () => {
    const file = join(temporaryPath('x'), '..', 'egiz.srx')
    expect(await egiz('rules', '-o', file)).toMatchObject({ code: 0, err: expect.stringContaining('SRX 2.0 segmentation rules written') })
    const srx = readFileSync(file, 'utf8')
    expect(srx).toContain('<srx xmlns="http://www.lisa.org/srx20" version="2.0">')
    expect(srx).toContain('<rule break="no"><beforebreak>(?iu)(?&lt;![\\p{L}.])ст\\.</beforebreak><afterbreak>\\s</afterbreak></rule>')
    expect(srx.indexOf('ст\\.')).toBeLessThan(srx.indexOf('<rule break="yes"><beforebreak>[\\.\\?\\!]+</beforebreak>'))
  })

  it('cut where Egiz cuts sentences: not after abbreviations, initials or a heading\'s number, but after a letter numbering an annex', () => {
    const rules = srxRulesFor(srxRules(), 'ru-RU')
    const egizSentences = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end))
    for (const text of [
      'Совершено в г. Алматы 5 мая 2004 г. в двух экземплярах.',
      'Платежи производятся в долл. США на счет Кредитора.',
      'Адрес: 60, пр. Республики, г. Астана.',
      'Подписано Президентом Республики Казахстан Н.А. Назарбаевым и Э. Рахмоном.',
      'Составлено по форме Приложения А. Нота вступает в силу.',
      'Первое предложение. Второе предложение.',
      'Статья 1. Определения',
      '2.2-бөлім. Мақсаты',
      '4.2.-бөлім. Айып проценті',
    ]) {
      expect(srxSegments(rules, text), text).toEqual(egizSentences(text))
    }
    // Another language gets OmegaT's defaults alone.
    expect(srxSegments(srxRulesFor(srxRules(), 'en-US'), 'Signed by N. Smith.')).toEqual(['Signed by N.', 'Smith.'])
  })

  it('writes an OmegaT project file when asked for segmentation.conf, and refuses other names', async () => {
    const file = join(temporaryPath('x'), '..', 'segmentation.conf')
    expect(await egiz('rules', '-o', file)).toMatchObject({ code: 0 })
    expect(readFileSync(file, 'utf8')).toContain('<object class="org.omegat.core.segmentation.SRX">')
    expect(await egiz('rules', '-o', join(temporaryPath('x'), '..', 'rules.txt'))).toMatchObject({ code: 2, err: expect.stringContaining('name it FILE.srx') })
    expect(await egiz('rules')).toMatchObject({ code: 2, err: expect.stringContaining('-o FILE.srx') })
  })
})
