import { describe, expect, it } from 'vitest'
import { extractRtf } from '../../../aligner/formats/rtf.ts'
import { fixedPitchIsBodyType, joinPreformatted } from '../../../aligner/formats/preformatted.ts'

const fixed = (text: string) => ({ text, fixedPitch: true })
const proportional = (text: string) => ({ text, fixedPitch: false })

describe('preformatted blocks', () => {
  it('join each run of fixed-pitch paragraphs into one, its lines kept apart by a line separator, and leave the rest as they are', () => {
    const paragraphs = [fixed('МИНИСТЕРСТВО    г. Астана'), fixed('N 12-3/456'), proportional('Уважаемый господин Министр, стороны договорились о сотрудничестве.'), fixed('Искренне ваш,'), fixed('А. Иванов')]
    expect(joinPreformatted(paragraphs)).toEqual(['МИНИСТЕРСТВО    г. Астана\u2028N 12-3/456', 'Уважаемый господин Министр, стороны договорились о сотрудничестве.', 'Искренне ваш,\u2028А. Иванов'])
  })

  it('say nothing in a text typed mostly in a fixed-pitch font', () => {
    const typewritten = [fixed('Статья 1'), fixed('Стороны договорились о сотрудничестве.'), proportional('Подпись')]
    expect(fixedPitchIsBodyType(typewritten)).toBe(true)
    expect(joinPreformatted(typewritten)).toEqual(['Статья 1', 'Стороны договорились о сотрудничестве.', 'Подпись'])
  })

  it('are found in an .rtf by the font table: \\fmodern, \\fprq1 or a fixed-pitch family name', () => {
    const rtf = (font: string) =>
      `{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 \\froman Times New Roman;}{\\f1 ${font};}}` +
      `{\\pard \\f1 BANK    Washington\\line FOR     D.C.\\par}{\\pard \\f0 Dear Sir, the parties agree to cooperate in culture and science.\\par}}`
    for (const font of ['\\fmodern Courier', '\\fnil\\fprq1 Fixed', '\\fnil Consolas']) {
      const read = extractRtf(new TextEncoder().encode(rtf(font)))
      if (!read.ok) throw new Error(read.reason)
      expect(read.extracted.text).toBe('BANK    Washington\u2028FOR     D.C.\nDear Sir, the parties agree to cooperate in culture and science.')
    }
    const proportionalFont = extractRtf(new TextEncoder().encode(rtf('\\fswiss Arial')))
    expect(proportionalFont.ok && proportionalFont.extracted.text.split('\n')).toHaveLength(3)
  })
})
