// Concordance: a word or phrase in both languages across the workspace; a hit opens its pair.
import { forwardRef, useState } from 'react'
import type { SearchHit } from '../corpus/workspace.ts'
import { call } from './api.ts'
import type { StringKey } from './i18n.ts'

interface Props {
  t: (key: StringKey) => string
  report: (error: unknown) => void
  onOpen: (hit: SearchHit) => void
}

export const SearchPanel = forwardRef<HTMLInputElement, Props>(function SearchPanel({ t, report, onOpen }, input) {
  const [query, setQuery] = useState('')
  const [hits, setHits] = useState<SearchHit[] | null>(null)
  const search = async () => {
    if (query.trim() === '') return setHits(null)
    try {
      setHits(await call('search', { query, limit: 50 }))
    } catch (error) {
      report(error)
    }
  }
  return (
    <>
      <form className="search" onSubmit={(e) => { e.preventDefault(); void search() }}>
        <input ref={input} type="search" aria-label={t('search')} placeholder={t('search')} value={query} onChange={(e) => setQuery(e.target.value)} />
      </form>
      {hits && (
        <ul className="hits" aria-label={t('searchResults')}>
          {hits.length === 0 && <li className="hint">{t('nothingFound')}</li>}
          {hits.map((hit) => (
            <li key={hit.pair.id}>
              <button onClick={() => onOpen(hit)}>
                <span lang="kk">{hit.pair.kk.text}</span>
                <span lang="ru">{hit.pair.ru.text}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  )
})
