// The TMX of one alignment result, as `egiz align --format tmx` writes it: Kazakh as source, the
// pairs with text on both sides, level and confidence as properties.
import type { AlignedPair } from '../pipeline.ts'
import { tmxDate, tmxFooter, tmxHeader, tmxUnit } from './tmx.ts'

export function writeAlignmentTmx(pairs: AlignedPair[], options: { creationToolVersion: string; creationDate?: string }): string {
  const creationDate = options.creationDate ?? tmxDate(new Date())
  const segtype = pairs.every((p) => p.level === 'sentence') ? 'sentence' : 'paragraph'
  const parts = [tmxHeader({ creationToolVersion: options.creationToolVersion, segtype, sourceLanguage: 'kk-KZ', creationDate })]
  for (const pair of pairs) {
    if (pair.kk.text.trim() === '' || pair.ru.text.trim() === '') continue
    const label = [...pair.kk.labels, ...pair.ru.labels].join(' / ')
    parts.push(
      tmxUnit({
        id: pair.id,
        creationDate,
        props: [['x-level', pair.level], ['x-confidence', pair.confidence.toFixed(3)], ...(label ? [['x-article', label] as [string, string]] : [])],
        variants: [{ language: 'kk-KZ', text: pair.kk.text }, { language: 'ru-RU', text: pair.ru.text }],
      }),
    )
  }
  parts.push(tmxFooter())
  return parts.join('')
}
