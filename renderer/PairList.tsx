// The pairs of a document, Kazakh left and Russian right, one row per pair; only the rows in view
// are in the page, so tens of thousands of pairs scroll smoothly.
import { memo, useEffect, useRef, useState } from 'react'
import type { Level, PairView } from '../corpus/rows.ts'

/** Height of one row in pixels: three lines of text. */
export const ROW_HEIGHT = 72
/** Rows drawn above and below the visible ones, so fast scrolling shows no gaps. */
const OVERSCAN = 8

interface Props {
  pairs: PairView[]
  /** Article pairs show their own headings and the length of each side. */
  level: Level
  /** The document is still loading (its later pages, findings, articles). */
  busy: boolean
  focus: number
  /** Messages of the open findings, by pair id: an icon on the row, the messages on hover and focus. */
  findingMessages: Map<number, string[]>
  /** Labels of the articles, by article pair id: shown on each article's first row. */
  articleLabels: Map<number, string>
  onFocus: (index: number) => void
  /** Double click on an article: its sentence pairs. */
  onOpen?: (pairId: number) => void
}

export function PairList({ pairs, level, busy, focus, findingMessages, articleLabels, onFocus, onOpen }: Props) {
  const viewport = useRef<HTMLDivElement>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const [height, setHeight] = useState(600)

  useEffect(() => {
    const element = viewport.current
    if (!element) return
    const observer = new ResizeObserver(() => setHeight(element.clientHeight))
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  // Keep the focused row in view.
  useEffect(() => {
    const element = viewport.current
    if (!element) return
    const top = focus * ROW_HEIGHT
    if (top < element.scrollTop) element.scrollTop = top
    else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight) element.scrollTop = top + ROW_HEIGHT - element.clientHeight
  }, [focus])

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN)
  const last = Math.min(pairs.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN)
  const rows = []
  for (let index = first; index < last; index++) {
    const pair = pairs[index]!
    const startsArticle = level === 'article' || (pair.parentId !== null && (index === 0 || pairs[index - 1]!.parentId !== pair.parentId))
    const article = !startsArticle ? null : level === 'article' ? articleLabels.get(pair.id) ?? null : articleLabels.get(pair.parentId!) ?? null
    rows.push(<Row key={pair.id} pair={pair} index={index} focused={index === focus} findings={findingMessages.get(pair.id) ?? NONE} article={article} lengths={level === 'article'} onFocus={onFocus} onOpen={onOpen} />)
  }
  return (
    <div className="pair-list" ref={viewport} role="grid" aria-rowcount={pairs.length} aria-busy={busy} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
      <div style={{ height: pairs.length * ROW_HEIGHT, position: 'relative' }}>{rows}</div>
    </div>
  )
}

const NONE: string[] = []

export function confidenceClass(confidence: number): string {
  return confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low'
}

interface RowProps {
  pair: PairView
  index: number
  focused: boolean
  findings: string[]
  /** The article label when this row starts an article. */
  article: string | null
  /** Show each side's length in characters (article pairs, where one side may hold two articles). */
  lengths: boolean
  onFocus: (index: number) => void
  onOpen?: (pairId: number) => void
}

/** One pair; redrawn only when its pair, position, focus or findings change, not on every scroll. */
const Row = memo(function Row({ pair, index, focused, findings, article, lengths, onFocus, onOpen }: RowProps) {
  return (
    <div
      role="row"
      aria-selected={focused}
      data-pair={pair.id}
      className={`row status-${pair.status}${focused ? ' focused' : ''}${article ? ' starts-article' : ''}`}
      style={{ top: index * ROW_HEIGHT }}
      onClick={() => onFocus(index)}
      onDoubleClick={onOpen ? () => onOpen(pair.id) : undefined}
    >
      <div className="gutter" title={pair.reasons.join('\n')}>
        <span className="number">{index + 1}</span>
        {article && <span className="article-label" title={article}>{article.split(' / ')[0]}</span>}
        <span className={`confidence ${confidenceClass(pair.confidence)}`}>{pair.confidence.toFixed(2)}</span>
        {lengths && <span className="lengths" title="characters: Kazakh · Russian">{pair.kk.text.length} · {pair.ru.text.length}</span>}
        {findings.length > 0 && (
          <span className="finding-mark" tabIndex={focused ? 0 : -1} title={findings.join('\n')} aria-label={`${findings.length} findings: ${findings.join('; ')}`}>
            !{findings.length}
          </span>
        )}
      </div>
      <div className="cell" lang="kk">{pair.kk.text || <span className="empty">—</span>}</div>
      <div className="cell" lang="ru">{pair.ru.text || <span className="empty">—</span>}</div>
    </div>
  )
})
