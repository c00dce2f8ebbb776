// Concordance: every sentence pair holding a word or phrase, in both languages, with the term
// marked, the document named and the total counted; filtered by document and review status, paged,
// and a click goes to the pair (closing the concordance; Enter in the search field brings it back).
// Shown full width in place of the pair detail.
import { useEffect, useState } from 'react'
import type { ConcordanceHit } from '../corpus/workspace.ts'
import type { Status } from '../corpus/rows.ts'
import { call } from './api.ts'
import type { StringKey } from './i18n.ts'
import { shownLines } from './line-breaks.ts'

const PAGE = 50

interface Props {
  query: string
  /** The open document, for the "this document" filter. */
  alignmentId: number | null
  t: (key: StringKey) => string
  report: (error: unknown) => void
  onOpen: (hit: ConcordanceHit) => void
  onClose: () => void
}

export function Concordance({ query, alignmentId, t, report, onOpen, onClose }: Props) {
  const [scope, setScope] = useState<'all' | 'document'>('all')
  const [status, setStatus] = useState<Status | ''>('')
  const [result, setResult] = useState<{ total: number; hits: ConcordanceHit[] } | null>(null)

  const load = async (offset: number) => {
    const page = await call('concordance', {
      query,
      offset,
      limit: PAGE,
      ...(scope === 'document' && alignmentId !== null ? { alignmentId } : {}),
      ...(status !== '' ? { status } : {}),
    })
    setResult((current) => (offset === 0 || current === null ? page : { total: page.total, hits: [...current.hits, ...page.hits] }))
  }
  useEffect(() => {
    load(0).catch(report)
    // load reads the query and the filters listed here.
  }, [query, scope, status, alignmentId])

  return (
    <section className="concordance" aria-label={t('concordance')}>
      <header>
        <strong>«{query}»</strong> <span className="total">{result ? `${result.total} ${t('found')}` : t('loading')}</span>
        <label>
          {t('where')}{' '}
          <select value={scope} onChange={(e) => setScope(e.target.value as 'all' | 'document')}>
            <option value="all">{t('allDocuments')}</option>
            <option value="document">{t('inThisDocument')}</option>
          </select>
        </label>
        <label>
          {t('reviewStatus')}{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value as Status | '')}>
            <option value="">{t('anyStatus')}</option>
            <option value="auto">{t('notReviewed')}</option>
            <option value="confirmed">{t('statusConfirmed')}</option>
            <option value="needs-review">{t('statusNeedsReview')}</option>
            <option value="rejected">{t('statusRejected')}</option>
          </select>
        </label>
        <button className="close" onClick={onClose}>{t('close')}</button>
      </header>
      <ul className="hits" aria-label={t('searchResults')}>
        {result?.hits.length === 0 && <li className="hint">{t('nothingFound')}</li>}
        {result?.hits.map((hit) => (
          <li key={hit.pair.id}>
            <button onClick={() => onOpen(hit)}>
              <span className="document">{hit.alignmentTitle}</span>
              <span lang="kk"><Marked text={shownLines(hit.pair.kk.text)} spans={hit.matches.kk} /></span>
              <span lang="ru"><Marked text={shownLines(hit.pair.ru.text)} spans={hit.matches.ru} /></span>
            </button>
          </li>
        ))}
      </ul>
      {result && result.hits.length < result.total && (
        <button className="more" onClick={() => void load(result.hits.length).catch(report)}>
          {t('showMore')} ({result.hits.length} / {result.total})
        </button>
      )}
    </section>
  )
}

function Marked({ text, spans }: { text: string; spans: Array<[number, number]> }) {
  if (text === '') return <>—</>
  const parts = []
  let at = 0
  for (const [start, end] of spans) {
    parts.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>)
    at = end
  }
  parts.push(text.slice(at))
  return <>{parts}</>
}
