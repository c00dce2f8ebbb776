// "Go to article…": every labelled article of the document; the choice opens its sentence pairs.
// Memoised: a long law has thousands of articles, and the toolbar redraws on every operation.
import { memo } from 'react'
import type { PairView } from '../corpus/rows.ts'
import type { StringKey } from './i18n.ts'

interface Props {
  articles: PairView[]
  labels: Map<number, string>
  t: (key: StringKey) => string
  onOpen: (articleId: number) => void
}

export const ArticleJump = memo(function ArticleJump({ articles, labels, t, onOpen }: Props) {
  if (labels.size === 0) return null
  return (
    <select className="jump" aria-label={t('jumpToArticle')} value="" onChange={(e) => onOpen(Number(e.target.value))}>
      <option value="">{t('jumpToArticle')}</option>
      {articles.filter((a) => labels.has(a.id)).map((a) => (
        <option key={a.id} value={a.id}>{labels.get(a.id)}</option>
      ))}
    </select>
  )
})
