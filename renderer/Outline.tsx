// The structure of both documents side by side — sections, chapters and articles as the aligner
// paired them — with the places where the two versions differ marked; a click goes there.
import { memo } from 'react'
import type { PairView } from '../corpus/rows.ts'
import type { StringKey } from './i18n.ts'

interface Props {
  /** Article-level pairs in document order. */
  articles: PairView[]
  t: (key: StringKey) => string
  onOpen: (articlePairId: number) => void
}

/** Why an entry of the outline is marked: one side missing, or numbers that disagree. */
function outlineMismatch(pair: PairView): 'kk-only' | 'ru-only' | 'numbers' | null {
  const kk = pair.kk.labels
  const ru = pair.ru.labels
  if (kk.length > 0 && pair.ru.start === null) return 'kk-only'
  if (ru.length > 0 && pair.kk.start === null) return 'ru-only'
  const numbers = (labels: string[]) => labels.map((label) => /\d+(?:[-.]\d+)*/.exec(label)?.[0] ?? '').join(',')
  return kk.length > 0 && ru.length > 0 && numbers(kk) !== numbers(ru) ? 'numbers' : null
}

/** Redrawn only when the articles change, not on every move of the focus. */
export const Outline = memo(function Outline({ articles, t, onOpen }: Props) {
  const entries = articles.filter((pair) => pair.kk.labels.length > 0 || pair.ru.labels.length > 0)
  const mismatches = entries.filter((pair) => outlineMismatch(pair) !== null).length
  if (entries.length === 0) return null
  return (
    <details className="outline" open>
      <summary>
        {t('outline')} · {entries.length} · {mismatches > 0 ? <span className="mismatch-count">{mismatches} {t('mismatches')}</span> : t('noMismatches')}
      </summary>
      <ol aria-label={t('outline')}>
        {entries.map((pair) => {
          const mismatch = outlineMismatch(pair)
          return (
            <li key={pair.id} className={mismatch ? `mismatch ${mismatch}` : ''} title={mismatch ? t(mismatch === 'numbers' ? 'numbersDiffer' : mismatch === 'kk-only' ? 'onlyKazakh' : 'onlyRussian') : undefined}>
              <button onClick={() => onOpen(pair.id)}>
                <span lang="kk">{pair.kk.labels.join(', ') || '—'}</span>
                <span lang="ru">{pair.ru.labels.join(', ') || '—'}</span>
              </button>
            </li>
          )
        })}
      </ol>
    </details>
  )
})
