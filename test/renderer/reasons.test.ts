// Every reason the aligner gives on the corpus is said in Kazakh and Russian, not left in English.
import { describe, expect, it } from 'vitest'
import { alignDocuments, prepareDocument } from '../../aligner/pipeline.ts'
import { reasonText, repairKindText } from '../../renderer/reasons.ts'
import { corpusSlugs, readPair } from '../helpers/corpus.ts'

function corpusReasons(): Set<string> {
  const reasons = new Set<string>()
  for (const slug of corpusSlugs()) {
    const pair = readPair(slug)
    const kk = prepareDocument({ name: 'kk', bytes: new TextEncoder().encode(pair.kk) })
    const ru = prepareDocument({ name: 'ru', bytes: new TextEncoder().encode(pair.ru) })
    if (!kk.ok || !ru.ok) throw new Error(`${slug} did not prepare`)
    for (const aligned of alignDocuments(kk.document, ru.document).pairs) for (const reason of aligned.reasons) reasons.add(reason)
  }
  return reasons
}

const REVIEWER_REASONS = ['merged by the reviewer', 'split by the reviewer', 'unpaired by the reviewer', 'edited by the reviewer', 'sentence moved by the reviewer', 're-aligned', 're-aligned after an article change']

describe('reasons in the interface language', () => {
  const reasons = [...corpusReasons(), ...REVIEWER_REASONS]

  it.each(['kk', 'ru'] as const)('every corpus reason has a %s form', (language) => {
    expect(reasons.length).toBeGreaterThan(50)
    const untranslated = reasons.filter((reason) => reasonText(language, reason) === reason)
    expect(untranslated).toEqual([])
  })

  it('keeps the figures and names of a reason', () => {
    expect(reasonText('ru', 'length ratio 0.92 (document 1.06)')).toBe('соотношение длин 0.92 (в документе 1.06)')
    expect(reasonText('kk', 'article found in the Russian text only')).toBe('бап тек орысша мәтінде бар')
    expect(reasonText('en', 'length ratio 0.92 (document 1.06)')).toBe('length ratio 0.92 (document 1.06)')
  })

  it('names the repairs shown to the reviewer', () => {
    for (const kind of ['letter-spacing', 'lookalike', 'line-join']) expect(repairKindText('kk', kind)).not.toBe(kind)
  })
})
