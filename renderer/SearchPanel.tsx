// The search field: a word or phrase in either language; the concordance shows what it finds.
import { forwardRef, useState } from 'react'
import type { StringKey } from './i18n.ts'

interface Props {
  t: (key: StringKey) => string
  onSearch: (query: string | null) => void
}

export const SearchPanel = forwardRef<HTMLInputElement, Props>(function SearchPanel({ t, onSearch }, input) {
  const [query, setQuery] = useState('')
  return (
    <form className="search" onSubmit={(e) => { e.preventDefault(); onSearch(query.trim() === '' ? null : query) }}>
      <input ref={input} type="search" aria-label={t('search')} placeholder={t('search')} value={query} onChange={(e) => setQuery(e.target.value)} />
    </form>
  )
})
