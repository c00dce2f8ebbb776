// The focused pair in full below the list: its findings first, then each side's whole text with the
// normaliser's repairs marked, editing (sentence pairs), a cut where the reviewer clicks, and for an
// article the headings found inside a side, each offered as a split.
import { useEffect, useState } from 'react'
import type { FindingView } from '../corpus/workspace.ts'
import type { Level, PairView, Side } from '../corpus/rows.ts'
import { headingCuts } from './article-cuts.ts'
import { FindingList } from './FindingList.tsx'
import { reasonText } from './reasons.ts'
import { findingText, type StringKey, type UiLanguage } from './i18n.ts'
import { MarkedText, RepairList, repairMarks, repairsInside, type RepairView, type TextMark } from './Repairs.tsx'
import type { ReviewActions } from './useReviewActions.ts'
import { shownLines } from './line-breaks.ts'

interface Props {
  pair: PairView
  level: Level
  language: UiLanguage
  t: (key: StringKey) => string
  actions: ReviewActions | null
  findings: FindingView[]
  repairs: Record<Side, RepairView[]>
  editing: { side: Side; text: string } | null
  setEditing: (editing: { side: Side; text: string } | null) => void
  onSaveEdit: () => void
  cuts: Partial<Record<Side, number>>
  setCuts: (update: (cuts: Partial<Record<Side, number>>) => Partial<Record<Side, number>>) => void
  onDismiss: (findingId: number, reason: string | null) => Promise<boolean>
}

export function PairDetail({ pair, level, language, t, actions, findings, repairs, editing, setEditing, onSaveEdit, cuts, setCuts, onDismiss }: Props) {
  const [collapsed, setCollapsed] = useState(false)
  useEffect(() => setCuts(() => ({})), [pair.id, setCuts])
  return (
    <section className={`detail${collapsed ? ' collapsed' : ''}`} aria-label={t(level === 'article' ? 'focusedArticle' : 'focusedPair')}>
      <button className="collapse" aria-expanded={!collapsed} title={t(collapsed ? 'showDetail' : 'hideDetail')} aria-label={t(collapsed ? 'showDetail' : 'hideDetail')} onClick={() => setCollapsed(!collapsed)}>
        {collapsed ? '▴' : '▾'}
      </button>
      {!collapsed && (
        <>
          <FindingList findings={findings} language={language} t={t} onDismiss={onDismiss} />
          {(['kk', 'ru'] as const).map((side) => {
            const sideRepairs = repairsInside(repairs[side], pair[side].start, pair[side].end)
            const marked = !pair[side].edited && pair[side].start !== null && sideRepairs.every((r) => r.state === 'accepted')
            // The open findings' pointed text first (they matter more), then the repairs. A finding
            // spanning the whole side says what that side lacks: there is nothing in it to point at.
            const whole = (span: { start: number; end: number }) => span.start <= (pair[side].start ?? 0) && span.end >= (pair[side].end ?? 0)
            const marks: TextMark[] = [
              ...findings.flatMap((f) => (f.dismissed || !f[side] || whole(f[side]!) ? [] : [{ ...f[side]!, className: `finding ${f.severity}`, title: findingText(language, f) }])),
              ...repairMarks(sideRepairs, language),
            ]
            return (
              <div key={side} className="side" lang={side}>
                {editing?.side === side ? (
                  <>
                    <textarea autoFocus value={editing.text} onChange={(e) => setEditing({ side, text: e.target.value })} onKeyDown={(e) => {
                      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onSaveEdit()
                      if (e.key === 'Escape') setEditing(null)
                    }} />
                    <button onClick={onSaveEdit}>{t('save')}</button> <button onClick={() => setEditing(null)}>{t('cancel')}</button>
                  </>
                ) : (
                  <>
                    <p className="side-text" data-side={side} onMouseUp={(e) => recordCut(e.currentTarget, side, setCuts)} onKeyUp={(e) => recordCut(e.currentTarget, side, setCuts)}>
                      {pair[side].text === '' ? '—' : marked ? <MarkedText text={shownLines(pair[side].text)} start={pair[side].start!} marks={marks} /> : shownLines(pair[side].text)}
                    </p>
                    {level === 'sentence' && <button onClick={() => actions?.edit(side)}>{t('edit')}</button>}
                    {level === 'article' && headingCuts(pair[side].text).map((cut) => (
                      <button key={cut.offset} className="heading-cut" onClick={() => actions?.splitAt(side, cut.offset)}>
                        ✂ {t('splitBefore')} «{cut.label}»
                      </button>
                    ))}
                    {cuts[side] !== undefined && <span className="cut-hint"> ✂ {t('cutAt')} {cuts[side]}</span>}
                    <RepairList repairs={sideRepairs} language={language} t={t} onSet={(id, state) => actions?.setRepair(id, state)} />
                  </>
                )}
              </div>
            )
          })}
          {(cuts.kk !== undefined || cuts.ru !== undefined) && (
            <p className="split-cursor">
              <button onClick={() => actions?.splitAtCursor()}>{t('splitAtCursor')}</button>
            </p>
          )}
          {pair.reasons.length > 0 && <p className="reasons">{pair.reasons.map((reason) => reasonText(language, reason)).join(' · ')}</p>}
        </>
      )}
    </section>
  )
}

/** Remembers where in a side's text the reviewer clicked (a collapsed selection), for "split at cursor". */
function recordCut(element: HTMLElement, side: Side, setCuts: Props['setCuts']): void {
  const selection = window.getSelection()
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return
  const range = selection.getRangeAt(0)
  if (!element.contains(range.startContainer)) return
  const before = document.createRange()
  before.selectNodeContents(element)
  before.setEnd(range.startContainer, range.startOffset)
  const offset = before.toString().length
  setCuts((cuts) => ({ ...cuts, [side]: offset }))
}
