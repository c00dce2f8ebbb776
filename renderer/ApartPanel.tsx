// What each file of the open document had besides its text — running headers and footers,
// footnotes, endnotes, comments — kept out of the alignment but here to read.
import { memo, useEffect, useState } from 'react'
import type { ApartBlock } from '../aligner/formats/extracted.ts'
import { call } from './api.ts'
import type { StringKey } from './i18n.ts'

interface Props {
  alignmentId: number
  t: (key: StringKey) => string
}

type Apart = Record<'kk' | 'ru', { fileFormat: string; blocks: ApartBlock[] }>

export const ApartPanel = memo(function ApartPanel({ alignmentId, t }: Props) {
  const [apart, setApart] = useState<Apart | null>(null)
  useEffect(() => {
    let stale = false
    call('document.apart', { alignmentId }).then(
      (value) => !stale && setApart(value),
      () => !stale && setApart(null),
    )
    return () => {
      stale = true
    }
  }, [alignmentId])
  const count = apart ? apart.kk.blocks.length + apart.ru.blocks.length : 0
  if (!apart || count === 0) return null
  return (
    <details className="apart">
      <summary>
        {t('keptApart')} · {count}
      </summary>
      {(['kk', 'ru'] as const).map((side) =>
        apart[side].blocks.length === 0 ? null : (
          <section key={side} lang={side} aria-label={t(side === 'kk' ? 'kazakh' : 'russian')}>
            <h4>
              {t(side === 'kk' ? 'kazakh' : 'russian')} ({apart[side].fileFormat})
            </h4>
            <ul>
              {apart[side].blocks.map((block, index) => (
                <li key={index}>
                  <span className="kind">{block.kind} {block.label}</span> {block.text}
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
    </details>
  )
})
