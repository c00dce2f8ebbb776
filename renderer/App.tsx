// The review screen: documents on the left, the aligned pairs in two columns, the focused pair in
// full below with its findings; every operation from the keyboard and the toolbar.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { AlignmentSummary, FindingView, SearchHit } from '../corpus/workspace.ts'
import type { PairView, Side } from '../corpus/rows.ts'
import { call } from './api.ts'
import { findingText, refusalText, systemLanguage, translate, type StringKey, type UiLanguage } from './i18n.ts'
import type { Refusal } from '../corpus/operations.ts'
import { PairList } from './PairList.tsx'
import { ExportDialog } from './ExportDialog.tsx'
import { ImportDialog, type ImportRequest } from './ImportDialog.tsx'
import { Outline } from './Outline.tsx'
import { ApartPanel } from './ApartPanel.tsx'
import { MarkedText, RepairList, repairsInside, type RepairView } from './Repairs.tsx'
import { HelpDialog } from './HelpDialog.tsx'

/** Pairs fetched first, and then per request, while a document loads. */
const FIRST_PAGE = 100
const PAGE = 2000
/** Rows refreshed on each side of the focus after a change there (merge, split, edit…). */
const NEIGHBOURHOOD = 30
/** Plain keys of the review screen and the operation on the focused pair each runs. */
const KEY_ACTIONS: Record<string, 'confirm' | 'confirmAbove' | 'needsReview' | 'reject' | 'mergeNext' | 'mergePrevious' | 'split' | 'splitAtCursor' | 'unpair' | 'nextProblem' | 'previousProblem' | 'nextFinding' | 'previousFinding'> = {
  Enter: 'confirm',
  a: 'confirmAbove',
  r: 'needsReview',
  x: 'reject',
  m: 'mergeNext',
  M: 'mergePrevious',
  s: 'split',
  S: 'splitAtCursor',
  u: 'unpair',
  n: 'nextProblem',
  N: 'previousProblem',
  f: 'nextFinding',
  F: 'previousFinding',
}
/** Quiet time after the last operation before the documents list counts progress again. */
const DOCUMENTS_REFRESH_MS = 600

export function App() {
  const [language, setLanguage] = useState<UiLanguage>(systemLanguage)
  const t = useCallback((key: StringKey) => translate(language, key), [language])
  const [alignments, setAlignments] = useState<AlignmentSummary[] | null>(null)
  const [alignmentId, setAlignmentId] = useState<number | null>(null)
  const [pairs, setPairs] = useState<PairView[]>([])
  const [findings, setFindings] = useState<FindingView[]>([])
  const [focus, setFocus] = useState(0)
  const [message, setMessage] = useState<string | null>(null)
  const [editing, setEditing] = useState<{ side: Side; text: string } | null>(null)
  const [exporting, setExporting] = useState(false)
  const [onlyFindings, setOnlyFindings] = useState(false)
  const [articles, setArticles] = useState<PairView[]>([])
  const [query, setQuery] = useState('')
  const [hits, setHits] = useState<SearchHit[] | null>(null)
  const [pendingPair, setPendingPair] = useState<number | null>(null)
  const [dismissing, setDismissing] = useState<{ id: number; reason: string } | null>(null)
  const [importing, setImporting] = useState<ImportRequest | null>(null)
  const [dragging, setDragging] = useState(false)
  const [repairs, setRepairs] = useState<Record<Side, RepairView[]>>({ kk: [], ru: [] })
  /** Bumped when repairs may have changed (a document loaded again): the focused pair's are fetched anew. */
  const [repairsVersion, setRepairsVersion] = useState(0)
  /** Where the reviewer clicked in each side of the focused pair: the cut of "split at cursor". */
  const [cuts, setCuts] = useState<Partial<Record<Side, number>>>({})
  const [help, setHelp] = useState<'about' | 'shortcuts' | null>(null)
  /** True while a document's pairs, findings and articles are still arriving. */
  const [loading, setLoading] = useState(false)
  const searchInput = useRef<HTMLInputElement>(null)

  const report = useCallback((error: unknown) => setMessage(error instanceof Error ? error.message : String(error)), [])

  const loadAlignments = useCallback(async () => {
    const list = await call('alignments.list', {})
    setAlignments(list)
    setAlignmentId((current) => current ?? list[0]?.id ?? null)
  }, [])

  // The documents' progress in the list: refreshed once a burst of operations settles, so that
  // its counting never delays the next operation.
  const documentsTimer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const refreshDocumentsSoon = useCallback(() => {
    if (documentsTimer.current !== null) clearTimeout(documentsTimer.current)
    documentsTimer.current = setTimeout(() => loadAlignments().catch(report), DOCUMENTS_REFRESH_MS)
  }, [loadAlignments, report])

  /** After an import: the new document opens (a pair), or the list refreshes (a folder). */
  const imported = useCallback(
    (newAlignmentId: number | null) => {
      loadAlignments().catch(report)
      if (newAlignmentId !== null) {
        setImporting(null)
        setAlignmentId(newAlignmentId)
      }
    },
    [loadAlignments, report],
  )

  const loadPairs = useCallback(async (id: number) => {
    setLoading(true)
    // A small first page shows the first rows at once; the rest follows in large pages.
    const all: PairView[] = await call('pairs.page', { alignmentId: id, level: 'sentence', offset: 0, limit: FIRST_PAGE })
    setPairs([...all])
    let more = all.length === FIRST_PAGE
    while (more) {
      const page = await call('pairs.page', { alignmentId: id, level: 'sentence', offset: all.length, limit: PAGE })
      all.push(...page)
      more = page.length === PAGE
    }
    setPairs(all)
    setFindings(await call('findings.list', { alignmentId: id }))
    setArticles(await call('pairs.page', { alignmentId: id, level: 'article', offset: 0, limit: 2000 }))
    setRepairsVersion((version) => version + 1)
    setLoading(false)
  }, [])

  useEffect(() => {
    loadAlignments().catch(report)
  }, [loadAlignments, report])

  useEffect(() => {
    if (alignmentId === null) return
    setFocus(0)
    loadPairs(alignmentId).catch(report)
  }, [alignmentId, loadPairs, report])

  // A search hit in another document: focus its pair once that document's pairs are in.
  useEffect(() => {
    if (pendingPair === null) return
    const index = pairs.findIndex((p) => p.id === pendingPair)
    if (index >= 0) {
      setOnlyFindings(false)
      setFocus(index)
      setPendingPair(null)
    }
  }, [pendingPair, pairs])

  const search = useCallback(async () => {
    if (query.trim() === '') return setHits(null)
    try {
      setHits(await call('search', { query, limit: 50 }))
    } catch (error) {
      report(error)
    }
  }, [query, report])

  const openHit = useCallback((hit: SearchHit) => {
    setPendingPair(hit.pair.id)
    setAlignmentId(hit.pair.alignmentId)
  }, [])

  const findingMessages = useMemo(() => {
    const messages = new Map<number, string[]>()
    for (const finding of findings) {
      if (finding.pairId === null || finding.dismissed || finding.kind === 'alignment') continue
      messages.set(finding.pairId, [...(messages.get(finding.pairId) ?? []), findingText(language, finding)])
    }
    return messages
  }, [findings, language])
  const findingCounts = useMemo(() => new Map([...findingMessages].map(([pairId, messages]) => [pairId, messages.length])), [findingMessages])

  // Article labels (`5-бап / Статья 5`) shown on the first row of each article.
  const articleLabels = useMemo(() => {
    const labels = new Map<number, string>()
    for (const article of articles) {
      const label = [...new Set([...article.kk.labels, ...article.ru.labels])].join(' / ')
      if (label) labels.set(article.id, label)
    }
    return labels
  }, [articles])

  // The rows on screen: every pair, or only those with open findings.
  const shown = useMemo(() => (onlyFindings ? pairs.filter((p) => (findingCounts.get(p.id) ?? 0) > 0) : pairs), [onlyFindings, pairs, findingCounts])
  const current = shown[Math.min(focus, shown.length - 1)]
  const currentId = current?.id
  // The normaliser's repairs inside the focused pair, fetched when the focus or its spans change.
  const kkStart = current?.kk.start ?? null
  const kkEnd = current?.kk.end ?? null
  const ruStart = current?.ru.start ?? null
  const ruEnd = current?.ru.end ?? null
  useEffect(() => {
    const fetchSide = (side: Side, start: number | null, end: number | null) =>
      alignmentId === null || start === null || end === null ? Promise.resolve([]) : call('repairs.list', { alignmentId, side, start, end })
    let stale = false
    Promise.all([fetchSide('kk', kkStart, kkEnd), fetchSide('ru', ruStart, ruEnd)])
      .then(([kk, ru]) => !stale && setRepairs({ kk, ru }))
      .catch(report)
    return () => {
      stale = true
    }
  }, [alignmentId, kkStart, kkEnd, ruStart, ruEnd, repairsVersion, report])
  const openArticle = useCallback(
    (articleId: number) => {
      const index = shown.findIndex((p) => p.parentId === articleId)
      if (index >= 0) setFocus(index)
    },
    [shown],
  )
  useEffect(() => setCuts({}), [currentId])

  /**
   * Refreshes the rows around the focus after a change there: the neighbourhood is fetched again
   * with the new total, and the difference in length tells how many rows it replaces.
   */
  const refreshAround = useCallback(async (id: number, index: number) => {
    const offset = Math.max(0, index - NEIGHBOURHOOD)
    const window = await call('pairs.window', { alignmentId: id, level: 'sentence', offset, limit: 2 * NEIGHBOURHOOD + 1 })
    setPairs((current) => {
      const removed = window.pairs.length - (window.total - current.length)
      return [...current.slice(0, offset), ...window.pairs, ...current.slice(offset + removed)]
    })
  }, [])

  /** Runs an operation, shows a refusal as a message, and reloads what changed (nearby, or everything). */
  const run = useCallback(
    async (operation: () => Promise<{ ok: boolean; reason?: string; refusal?: Refusal }>, options: { reach?: 'near' | 'all'; after?: () => void } = {}) => {
      if (alignmentId === null) return
      try {
        const result = await operation()
        setMessage(result.ok ? null : result.refusal ? refusalText(language, result.refusal) : result.reason ?? null)
        const index = current ? pairs.findIndex((p) => p.id === current.id) : 0
        if (options.reach === 'all' || onlyFindings) await loadPairs(alignmentId)
        else {
          await refreshAround(alignmentId, Math.max(0, index))
          // The changed pairs were checked again: their findings may differ now.
          const changed = 'pairs' in result && Array.isArray(result.pairs) ? (result.pairs as number[]).slice(0, 1000) : []
          if (changed.length > 0) {
            const fresh = await call('findings.ofPairs', { alignmentId, pairIds: changed })
            const replaced = new Set(changed)
            setFindings((current) => [...current.filter((f) => f.pairId === null || !replaced.has(f.pairId)), ...fresh])
          }
        }
        if (result.ok) options.after?.()
        refreshDocumentsSoon()
      } catch (error) {
        report(error)
      }
    },
    [alignmentId, current, pairs, onlyFindings, loadPairs, refreshAround, refreshDocumentsSoon, report, language],
  )

  const actions = useMemo(() => {
    if (!current || alignmentId === null) return null
    return {
      confirm: () => run(() => call('pairs.status', { pairId: current.id, status: 'confirmed' }), { after: () => setFocus((f) => Math.min(f + 1, shown.length - 1)) }),
      confirmAbove: () => run(() => call('pairs.status', { upToPairId: current.id, status: 'confirmed' }), { reach: 'all' }),
      needsReview: () => run(() => call('pairs.status', { pairId: current.id, status: 'needs-review' })),
      reject: () => run(() => call('pairs.status', { pairId: current.id, status: 'rejected' })),
      mergeNext: () => run(() => call('pair.merge', { pairId: current.id, direction: 'next' })),
      mergePrevious: () => run(() => call('pair.merge', { pairId: current.id, direction: 'previous' }), { after: () => setFocus((f) => Math.max(0, f - 1)) }),
      split: () => run(() => call('pair.split', { pairId: current.id, kk: { sentences: 1 }, ru: { sentences: 1 } })),
      // A side without a click stays whole in the first of the two rows.
      splitAtCursor: () =>
        run(() => call('pair.split', { pairId: current.id, ...(cuts.kk !== undefined ? { kk: { offset: cuts.kk } } : {}), ...(cuts.ru !== undefined ? { ru: { offset: cuts.ru } } : {}) })),
      setRepair: (repairId: number, state: 'accepted' | 'reverted') => run(() => call('repair.set', { alignmentId, repairId, state }), { reach: 'all' }),
      unpair: () => run(() => call('pair.unpair', { pairId: current.id })),
      undo: () => run(async () => call('history.undo', { alignmentId }), { reach: 'all' }),
      redo: () => run(async () => call('history.redo', { alignmentId }), { reach: 'all' }),
      // Alt+↑ / Alt+↓ move the Kazakh side's first sentence up or last sentence down; with Shift, the Russian side's.
      moveUp: (side: Side) => run(() => call('pair.moveSentence', { pairId: current.id, side, move: 'first-to-previous' })),
      moveDown: (side: Side) => run(() => call('pair.moveSentence', { pairId: current.id, side, move: 'last-to-next' })),
      realign: () => run(() => call('alignment.realign', { alignmentId }), { reach: 'all' }),
      nextFinding: () => {
        const next = shown.findIndex((p, k) => k > focus && (findingCounts.get(p.id) ?? 0) > 0)
        if (next >= 0) setFocus(next)
      },
      previousFinding: () => {
        for (let k = focus - 1; k >= 0; k--) if ((findingCounts.get(shown[k]!.id) ?? 0) > 0) return setFocus(k)
      },
      previousProblem: () => {
        for (let k = focus - 1; k >= 0; k--) {
          const p = shown[k]!
          if (p.status !== 'confirmed' && (p.confidence < 0.5 || p.kk.text === '' || p.ru.text === '' || (findingCounts.get(p.id) ?? 0) > 0)) return setFocus(k)
        }
      },
      nextProblem: () => {
        const next = shown.findIndex((p, k) => k > focus && (p.confidence < 0.5 || p.kk.text === '' || p.ru.text === '' || (findingCounts.get(p.id) ?? 0) > 0) && p.status !== 'confirmed')
        if (next >= 0) setFocus(next)
      },
      edit: (side: Side) => setEditing({ side, text: current[side].text }),
    }
  }, [current, alignmentId, shown, focus, findingCounts, run, cuts])

  /** Dismisses a finding with its reason (kept in the workspace), or shows it again (null). */
  const dismiss = useCallback(
    async (findingId: number, reason: string | null) => {
      if (alignmentId === null) return
      try {
        const result = await call('finding.dismiss', { findingId, reason })
        setMessage(result.ok ? null : result.reason)
        if (result.ok) setDismissing(null)
        setFindings(await call('findings.list', { alignmentId }))
      } catch (error) {
        report(error)
      }
    },
    [alignmentId, report],
  )

  const saveEdit = useCallback(() => {
    if (!editing || !current) return
    const { side, text } = editing
    setEditing(null)
    run(() => call('pair.edit', { pairId: current.id, side, text })).catch(report)
  }, [editing, current, run, report])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F1' || (event.key === '?' && !(event.target as HTMLElement).closest('textarea, input, select'))) {
        event.preventDefault()
        return setHelp('shortcuts')
      }
      if (!actions || editing || exporting || dismissing || importing || help || (event.target as HTMLElement).closest('textarea, input:not([type="checkbox"]), select')) return
      const key = event.key
      const ctrl = event.ctrlKey || event.metaKey
      const handled = (() => {
        if (event.altKey && key === 'ArrowUp') return actions.moveUp(event.shiftKey ? 'ru' : 'kk'), true
        if (event.altKey && key === 'ArrowDown') return actions.moveDown(event.shiftKey ? 'ru' : 'kk'), true
        if (key === 'ArrowDown' || key === 'j') return setFocus((f) => Math.min(f + 1, shown.length - 1)), true
        if (key === 'ArrowUp' || key === 'k') return setFocus((f) => Math.max(f - 1, 0)), true
        if (key === 'PageDown') return setFocus((f) => Math.min(f + 10, shown.length - 1)), true
        if (key === 'PageUp') return setFocus((f) => Math.max(f - 10, 0)), true
        if (key === 'Home') return setFocus(0), true
        if (key === 'End') return setFocus(shown.length - 1), true
        if (ctrl && (key === 'z' || key === 'Z') && !event.shiftKey) return actions.undo(), true
        if (ctrl && (key === 'y' || ((key === 'z' || key === 'Z') && event.shiftKey))) return actions.redo(), true
        if (ctrl) return false
        if (key === 'e' || key === 'E') return actions.edit(key === 'e' ? 'kk' : 'ru'), true
        const action = KEY_ACTIONS[key]
        return action ? (actions[action](), true) : false
      })()
      if (handled) event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [actions, editing, exporting, dismissing, importing, help, shown.length])

  // In the desktop app, the menu's commands arrive through the preload bridge.
  useEffect(() => {
    const bridge = (globalThis as { egiz?: { onCommand?: (listener: (command: string) => void) => void } }).egiz
    bridge?.onCommand?.((command) => {
      if (command === 'undo') actionsRef.current?.undo()
      else if (command === 'redo') actionsRef.current?.redo()
      else if (command.startsWith('language-')) setLanguage(command.slice(9) as UiLanguage)
      else if (command === 'export-tmx') setExporting(true)
      else if (command.startsWith('open-pair:')) setImporting({ mode: 'pair', paths: JSON.parse(command.slice('open-pair:'.length)) as string[] })
      else if (command === 'open-pair') setImporting({ mode: 'pair' })
      else if (command.startsWith('import-folder:')) setImporting({ mode: 'folder', folder: command.slice('import-folder:'.length) })
      else if (command === 'import-folder') setImporting({ mode: 'folder' })
      else if (command === 'about' || command === 'shortcuts') setHelp(command)
      else if (command === 'new-project') setImporting({ mode: 'pair', newProject: true })
      else if (command.startsWith('open-alignment:')) setAlignmentId(Number(command.slice('open-alignment:'.length)))
      else if (command === 'find') searchInput.current?.focus()
      else if (command.startsWith('zoom-')) zoom(command)
    })
  }, [])
  const actionsRef = useRef(actions)
  actionsRef.current = actions

  const selected = alignments?.find((a) => a.id === alignmentId)
  const pairFindings = current ? findings.filter((f) => f.pairId === current.id && f.kind !== 'alignment') : []

  // Files dropped anywhere on the window open the pair import with them.
  const dropHandlers = {
    onDragOver: (event: React.DragEvent) => {
      if (!event.dataTransfer.types.includes('Files')) return
      event.preventDefault()
      setDragging(true)
    },
    onDragLeave: (event: React.DragEvent) => {
      if (event.currentTarget === event.target) setDragging(false)
    },
    onDrop: (event: React.DragEvent) => {
      event.preventDefault()
      setDragging(false)
      const files = [...event.dataTransfer.files]
      if (files.length > 0) setImporting({ mode: 'pair', files })
    },
  }

  return (
    <div className={`app${dragging ? ' dragging' : ''}`} lang={language} {...dropHandlers}>
      {dragging && <div className="drop-hint">{t('dropHere')}</div>}
      <aside className="documents">
        <h2>{t('documents')}</h2>
        <div className="import-buttons">
          <button onClick={() => setImporting({ mode: 'pair' })}>{t('openPair')}</button>
          <button onClick={() => setImporting({ mode: 'folder' })}>{t('importFolder')}</button>
        </div>
        {alignments === null && <p>{t('loading')}</p>}
        {alignments?.length === 0 && <p className="hint">{t('noDocuments')}</p>}
        {projectsOf(alignments ?? []).map(([project, documents]) => (
          <section key={project} className="project" aria-label={project}>
            <h3>
              {project} <span className="project-progress">{projectProgress(documents)}% {t('confirmed')}</span>
            </h3>
            <ul className="document-list">
              {documents.map((a) => (
                <li key={a.id}>
                  <button className={a.id === alignmentId ? 'current' : ''} onClick={() => setAlignmentId(a.id)}>
                    <span className="title">{a.title}</span>
                    <span className="progress">
                      <progress max={a.pairs} value={a.confirmed} /> {a.pairs === 0 ? 0 : Math.round((100 * a.confirmed) / a.pairs)}% {t('confirmed')} · {a.openFindings} {t('findings')}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <Outline articles={articles} t={t} onOpen={openArticle} />
        {alignmentId !== null && <ApartPanel alignmentId={alignmentId} t={t} />}
        <form className="search" onSubmit={(e) => { e.preventDefault(); void search() }}>
          <input ref={searchInput} type="search" aria-label={t('search')} placeholder={t('search')} value={query} onChange={(e) => setQuery(e.target.value)} />
        </form>
        {hits && (
          <ul className="hits" aria-label={t('searchResults')}>
            {hits.length === 0 && <li className="hint">{t('nothingFound')}</li>}
            {hits.map((hit) => (
              <li key={hit.pair.id}>
                <button onClick={() => openHit(hit)}>
                  <span lang="kk">{hit.pair.kk.text}</span>
                  <span lang="ru">{hit.pair.ru.text}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <label className="language">
          {t('language')}{' '}
          <select value={language} onChange={(e) => setLanguage(e.target.value as UiLanguage)}>
            <option value="kk">Қазақша</option>
            <option value="ru">Русский</option>
            <option value="en">English</option>
          </select>
        </label>
      </aside>
      <main>
        <header className="toolbar">
          <strong className="document-title">{selected?.title ?? ''}</strong>
          <span className="count">{pairs.length} {t('pairs')}</span>
          {articleLabels.size > 0 && (
            <select className="jump" aria-label={t('jumpToArticle')} value="" onChange={(e) => {
              const index = shown.findIndex((p) => p.parentId === Number(e.target.value))
              if (index >= 0) setFocus(index)
            }}>
              <option value="">{t('jumpToArticle')}</option>
              {articles.filter((a) => articleLabels.has(a.id)).map((a) => (
                <option key={a.id} value={a.id}>{articleLabels.get(a.id)}</option>
              ))}
            </select>
          )}
          <label className="filter">
            <input type="checkbox" checked={onlyFindings} onChange={(e) => { setOnlyFindings(e.target.checked); setFocus(0) }} /> {t('onlyFindings')}
          </label>
          {actions && (
            <span className="buttons">
              <button onClick={actions.confirm}>{t('confirm')}</button>
              <button onClick={actions.confirmAbove}>{t('confirmAbove')}</button>
              <button onClick={actions.needsReview}>{t('needsReview')}</button>
              <button onClick={actions.reject}>{t('reject')}</button>
              <button onClick={actions.mergePrevious}>{t('mergePrevious')}</button>
              <button onClick={actions.mergeNext}>{t('mergeNext')}</button>
              <button onClick={actions.split}>{t('split')}</button>
              <button onClick={actions.unpair}>{t('unpair')}</button>
              <button onClick={() => actions.moveUp('kk')}>{t('moveUp')}</button>
              <button onClick={() => actions.moveDown('kk')}>{t('moveDown')}</button>
              <button onClick={actions.previousProblem}>{t('previousProblem')}</button>
              <button onClick={actions.nextProblem}>{t('nextProblem')}</button>
              <button onClick={actions.previousFinding}>{t('previousFinding')}</button>
              <button onClick={actions.nextFinding}>{t('nextFinding')}</button>
              <button onClick={actions.realign}>{t('realign')}</button>
              <button onClick={actions.undo}>{t('undo')}</button>
              <button onClick={actions.redo}>{t('redo')}</button>
              <button onClick={() => setExporting(true)}>{t('export')}</button>
            </span>
          )}
        </header>
        {message && (
          <p className="message" role="alert">
            {message}
          </p>
        )}
        <div className="column-heads">
          <span />
          <span>{t('kazakh')}</span>
          <span>{t('russian')}</span>
        </div>
        <PairList pairs={shown} busy={loading} focus={focus} findingMessages={findingMessages} articleLabels={articleLabels} onFocus={setFocus} />
        {current && (
          <section className="detail" aria-label="focused pair">
            {(['kk', 'ru'] as const).map((side) => {
              const sideRepairs = repairsInside(repairs[side], current[side].start, current[side].end)
              const marked = !current[side].edited && current[side].start !== null && sideRepairs.every((r) => r.state === 'accepted')
              return (
                <div key={side} className="side" lang={side}>
                  {editing?.side === side ? (
                    <>
                      <textarea autoFocus value={editing.text} onChange={(e) => setEditing({ side, text: e.target.value })} onKeyDown={(e) => {
                        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) saveEdit()
                        if (e.key === 'Escape') setEditing(null)
                      }} />
                      <button onClick={saveEdit}>{t('save')}</button> <button onClick={() => setEditing(null)}>{t('cancel')}</button>
                    </>
                  ) : (
                    <>
                      <p className="side-text" data-side={side} onMouseUp={(e) => recordCut(e.currentTarget, side, setCuts)} onKeyUp={(e) => recordCut(e.currentTarget, side, setCuts)}>
                        {current[side].text === '' ? '—' : marked ? <MarkedText text={current[side].text} start={current[side].start!} repairs={sideRepairs} /> : current[side].text}
                      </p>
                      <button onClick={() => actions?.edit(side)}>{t('edit')}</button>
                      {cuts[side] !== undefined && <span className="cut-hint"> ✂ {t('cutAt')} {cuts[side]}</span>}
                      <RepairList repairs={sideRepairs} t={t} onSet={(id, state) => actions?.setRepair(id, state)} />
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
            <ul className="pair-findings">
              {pairFindings.map((f) => (
                <li key={f.id} className={`${f.severity}${f.dismissed ? ' dismissed' : ''}`}>
                  {findingText(language, f)}
                  {f.dismissed ? (
                    <>
                      {' '}<span className="dismissal">({t('dismissedBecause')}: {f.dismissed.reason} — {f.dismissed.by})</span>{' '}
                      <button onClick={() => void dismiss(f.id, null)}>{t('showAgain')}</button>
                    </>
                  ) : dismissing?.id === f.id ? (
                    <span className="dismiss-form">
                      <input autoFocus aria-label={t('dismissReason')} placeholder={t('dismissReason')} value={dismissing.reason} onChange={(e) => setDismissing({ id: f.id, reason: e.target.value })} onKeyDown={(e) => {
                        if (e.key === 'Enter') void dismiss(f.id, dismissing.reason)
                        if (e.key === 'Escape') setDismissing(null)
                      }} />
                      <button onClick={() => void dismiss(f.id, dismissing.reason)}>{t('dismiss')}</button>
                    </span>
                  ) : (
                    <>{' '}<button onClick={() => setDismissing({ id: f.id, reason: '' })}>{t('dismiss')}…</button></>
                  )}
                </li>
              ))}
              <li className="reasons">{current.reasons.join(' · ')}</li>
            </ul>
          </section>
        )}
        <footer className="shortcuts">
          {t('shortcuts')} <button className="link" onClick={() => setHelp('shortcuts')}>{t('keyboardShortcuts')}</button> · <button className="link" onClick={() => setHelp('about')}>{t('about')}</button>
        </footer>
        {help && <HelpDialog kind={help} t={t} onClose={() => setHelp(null)} />}
        {importing && <ImportDialog language={language} request={importing} project={importing.mode === 'pair' && importing.newProject ? '' : projectName(alignments, selected)} t={t} onImported={imported} onClose={() => setImporting(null)} />}
        {exporting && selected && <ExportDialog alignmentId={selected.id} projectId={selected.projectId} title={selected.title} t={t} onClose={() => setExporting(false)} />}
      </main>
    </div>
  )
}

/** The project new imports go to: the open document's, or the only one there is. */
function projectName(alignments: AlignmentSummary[] | null, selected: AlignmentSummary | undefined): string {
  return selected?.project ?? alignments?.[0]?.project ?? 'Egiz'
}

/** Remembers where in a side's text the reviewer clicked (a collapsed selection), for "split at cursor". */
function recordCut(element: HTMLElement, side: Side, setCuts: (update: (cuts: Partial<Record<Side, number>>) => Partial<Record<Side, number>>) => void): void {
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

/** View → Zoom in/out/actual size: the whole page, as browsers do. */
function zoom(command: string): void {
  const root = document.documentElement
  const current = Number(root.style.zoom || 1)
  const next = command === 'zoom-in' ? current * 1.1 : command === 'zoom-out' ? current / 1.1 : 1
  root.style.zoom = String(Math.min(3, Math.max(0.5, next)))
}

/** Documents grouped by project, projects in the order they were first imported. */
function projectsOf(alignments: AlignmentSummary[]): Array<[string, AlignmentSummary[]]> {
  const groups = new Map<string, AlignmentSummary[]>()
  for (const alignment of alignments) groups.set(alignment.project, [...(groups.get(alignment.project) ?? []), alignment])
  return [...groups]
}

/** Share of a project's sentence pairs confirmed, in percent. */
function projectProgress(documents: AlignmentSummary[]): number {
  const pairs = documents.reduce((sum, d) => sum + d.pairs, 0)
  const confirmed = documents.reduce((sum, d) => sum + d.confirmed, 0)
  return pairs === 0 ? 0 : Math.round((100 * confirmed) / pairs)
}
