// The pairs of a document, Kazakh left and Russian right, one row per pair, each as tall as its
// text; only the rows in view are in the page, so tens of thousands of pairs scroll smoothly.
// Row heights are estimated from the text's length until the row has been drawn and measured.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { Level, PairView } from '../corpus/rows.ts'
import type { UiLanguage } from './i18n.ts'
import { reasonText } from './reasons.ts'
import { shownLines } from './line-breaks.ts'
import { lastIndexAtMost } from '../aligner/sorted.ts'

/** Rows drawn above and below the visible ones, so fast scrolling shows no gaps. */
const OVERSCAN = 8
/** Line height and padding of a row's text (styles.css .cell), for the estimate. */
const LINE_PX = 18
const ROW_PADDING_PX = 9
/** Average width of a character at the cells' font size, for the estimate. */
const CHAR_PX = 7
/** Article rows show the opening lines of each side; the detail panel holds the rest. */
const ARTICLE_LINES = 3

interface Props {
  pairs: PairView[]
  /** Article pairs show their own headings and the length of each side. */
  level: Level
  /** The interface language, for the reasons shown on the gutter. */
  language: UiLanguage
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

export function PairList({ pairs, level, language, busy, focus, findingMessages, articleLabels, onFocus, onOpen }: Props) {
  const viewport = useRef<HTMLDivElement>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const [size, setSize] = useState({ height: 600, width: 1000 })
  /** Measured heights by pair id (a pair's text decides its height; ids change when text does). */
  const measured = useRef(new Map<number, number>())
  const [measuredVersion, setMeasuredVersion] = useState(0)

  useEffect(() => {
    const element = viewport.current
    if (!element) return
    const observer = new ResizeObserver(() => {
      // A new width wraps every row anew: the measurements no longer hold.
      if (element.clientWidth !== size.width) measured.current.clear()
      setSize({ height: element.clientHeight, width: element.clientWidth })
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [size.width])

  const charsPerLine = Math.max(20, Math.floor((size.width - 100) / 2 / CHAR_PX))
  const tops = useMemo(() => {
    const offsets = new Float64Array(pairs.length + 1)
    for (let k = 0; k < pairs.length; k++) offsets[k + 1] = offsets[k]! + (measured.current.get(pairs[k]!.id) ?? estimate(pairs[k]!, level, charsPerLine))
    return offsets
    // measuredVersion: rows measured since the last layout change the offsets (the map is a ref).
  }, [pairs, level, charsPerLine, measuredVersion])

  // Heights measured after drawing are collected and applied once per frame.
  const frame = useRef<number | null>(null)
  const measure = useCallback((pairId: number, height: number) => {
    if (measured.current.get(pairId) === height) return
    measured.current.set(pairId, height)
    if (frame.current === null) frame.current = requestAnimationFrame(() => {
      frame.current = null
      setMeasuredVersion((v) => v + 1)
    })
  }, [])

  // Keep the focused row in view.
  useLayoutEffect(() => {
    const element = viewport.current
    if (!element || focus < 0 || focus >= pairs.length) return
    const top = tops[focus]!
    const bottom = tops[focus + 1]!
    if (top < element.scrollTop) element.scrollTop = top
    else if (bottom > element.scrollTop + element.clientHeight) element.scrollTop = Math.min(top, bottom - element.clientHeight)
  }, [focus])

  const first = Math.max(0, rowAt(tops, scrollTop) - OVERSCAN)
  const last = Math.min(pairs.length, rowAt(tops, scrollTop + size.height) + 1 + OVERSCAN)
  const rows = []
  for (let index = first; index < last; index++) {
    const pair = pairs[index]!
    const startsArticle = level === 'article' || (pair.parentId !== null && (index === 0 || pairs[index - 1]!.parentId !== pair.parentId))
    const article = !startsArticle ? null : level === 'article' ? articleLabels.get(pair.id) ?? null : articleLabels.get(pair.parentId!) ?? null
    rows.push(
      <Row key={pair.id} pair={pair} index={index} top={tops[index]!} focused={index === focus} findings={findingMessages.get(pair.id) ?? NONE} article={article} level={level} language={language} onFocus={onFocus} onOpen={onOpen} onMeasure={measure} />,
    )
  }
  return (
    <div
      className="pair-list"
      ref={viewport}
      role="grid"
      tabIndex={0}
      aria-label={level === 'article' ? 'articles' : 'pairs'}
      aria-rowcount={pairs.length}
      aria-busy={busy}
      aria-activedescendant={pairs[focus] ? `pair-${pairs[focus]!.id}` : undefined}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
      <div style={{ height: tops[pairs.length], position: 'relative' }} role="rowgroup">{rows}</div>
    </div>
  )
}

/** The row whose span holds this offset (the last entry of `tops` is the list's bottom, no row's top). */
function rowAt(tops: Float64Array, offset: number): number {
  return lastIndexAtMost(tops.subarray(0, tops.length - 1), offset)
}

/** Estimates by pair object: a refresh replaces only the pairs it changed, so the rest are not counted again. */
const estimates = new WeakMap<PairView, { charsPerLine: number; level: Level; height: number }>()

/** A row's height before it is drawn: its longer side's lines at the column's width. */
function estimate(pair: PairView, level: Level, charsPerLine: number): number {
  const known = estimates.get(pair)
  if (known && known.charsPerLine === charsPerLine && known.level === level) return known.height
  const height = countedEstimate(pair, level, charsPerLine)
  estimates.set(pair, { charsPerLine, level, height })
  return height
}

function countedEstimate(pair: PairView, level: Level, charsPerLine: number): number {
  const lines = (text: string) => text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / charsPerLine)), 0)
  const count = Math.max(lines(pair.kk.text), lines(pair.ru.text), level === 'article' ? 2 : 1)
  return ROW_PADDING_PX + LINE_PX * (level === 'article' ? Math.min(ARTICLE_LINES, count) : count)
}

const NONE: string[] = []

export function confidenceClass(confidence: number): string {
  return confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low'
}

interface RowProps {
  pair: PairView
  index: number
  top: number
  focused: boolean
  findings: string[]
  /** The article label when this row starts an article. */
  article: string | null
  /** Article rows show each side's length (one side may hold two articles) and their opening lines. */
  level: Level
  language: UiLanguage
  onFocus: (index: number) => void
  onOpen?: (pairId: number) => void
  onMeasure: (pairId: number, height: number) => void
}

const STATUS_MARKS: Record<PairView['status'], string> = { auto: '', confirmed: '✓', 'needs-review': '?', rejected: '✗' }

/** One pair; redrawn only when its pair, position, focus or findings change, not on every scroll. */
const Row = memo(function Row({ pair, index, top, focused, findings, article, level, language, onFocus, onOpen, onMeasure }: RowProps) {
  const element = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const row = element.current
    if (!row) return
    onMeasure(pair.id, row.offsetHeight)
    const observer = new ResizeObserver(() => onMeasure(pair.id, row.offsetHeight))
    observer.observe(row)
    return () => observer.disconnect()
  }, [pair.id, onMeasure])
  return (
    <div
      ref={element}
      id={`pair-${pair.id}`}
      role="row"
      aria-rowindex={index + 1}
      aria-selected={focused}
      data-pair={pair.id}
      className={`row level-${level} status-${pair.status}${focused ? ' focused' : ''}${article ? ' starts-article' : ''}`}
      style={{ top }}
      onClick={() => onFocus(index)}
      onDoubleClick={onOpen ? () => onOpen(pair.id) : undefined}
    >
      <div className="gutter" role="rowheader" title={pair.reasons.map((reason) => reasonText(language, reason)).join('\n')}>
        <span className="number">{index + 1}</span>
        <span className={`confidence ${confidenceClass(pair.confidence)}`}>{pair.confidence.toFixed(2)}</span>
        {pair.status !== 'auto' && <span className={`status-mark ${pair.status}`} role="img" aria-label={pair.status}>{STATUS_MARKS[pair.status]}</span>}
        {findings.length > 0 && (
          <span className="finding-mark" tabIndex={focused ? 0 : -1} title={findings.join('\n')} aria-label={`${findings.length} findings: ${findings.join('; ')}`}>
            !{findings.length}
          </span>
        )}
        {article && <span className="article-label" title={article}>{article.split(' / ')[0]}</span>}
        {level === 'article' && <span className="lengths" title="characters: Kazakh · Russian">{pair.kk.text.length} · {pair.ru.text.length}</span>}
      </div>
      <div className="cell" role="gridcell" lang="kk">{shownLines(pair.kk.text) || <span className="empty">—</span>}</div>
      <div className="cell" role="gridcell" lang="ru">{shownLines(pair.ru.text) || <span className="empty">—</span>}</div>
    </div>
  )
})
