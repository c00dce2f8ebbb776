// The review screen: documents on the left; the open document's article pairs or sentence pairs in
// two columns; the focused pair in full below with its findings. Data comes from useDocuments and
// useAlignmentData, operations from useReviewActions, keys from useShortcuts; each panel is its own
// component.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ConcordanceHit } from '../corpus/workspace.ts'
import type { PairView, Side } from '../corpus/rows.ts'
import { call } from './api.ts'
import { systemLanguage, translate, type StringKey, type UiLanguage } from './i18n.ts'
import { PairList } from './PairList.tsx'
import { ExportDialog } from './ExportDialog.tsx'
import { ImportDialog, type ImportRequest } from './ImportDialog.tsx'
import { Outline } from './Outline.tsx'
import { ApartPanel } from './ApartPanel.tsx'
import type { RepairView } from './Repairs.tsx'
import { HelpDialog } from './HelpDialog.tsx'
import { DocumentList } from './DocumentList.tsx'
import { SearchPanel } from './SearchPanel.tsx'
import { Concordance } from './Concordance.tsx'
import { backEndText } from './messages.ts'
import { ArticleJump } from './ArticleJump.tsx'
import { useStableCallback } from './useStableCallback.ts'
import { Toolbar } from './Toolbar.tsx'
import { PairDetail } from './PairDetail.tsx'
import { useDocuments } from './useDocuments.ts'
import { useAlignmentData } from './useAlignmentData.ts'
import { useReviewActions } from './useReviewActions.ts'
import { useKeyboard, useMenuCommands } from './useShortcuts.ts'
import { useReviewFocus } from './useReviewFocus.ts'
import { useFindingMessages, useFindingsOfRow } from './useFindingMessages.ts'
import { shownLines, storedLines } from './line-breaks.ts'

export function App() {
  const [language, setLanguage] = useState<UiLanguage>(systemLanguage)
  const t = useCallback((key: StringKey) => translate(language, key), [language])
  const [message, setMessage] = useState<string | null>(null)
  /** What the last finished operation did, announced to screen readers too. */
  const [status, setStatus] = useState('')
  const report = useCallback((error: unknown) => setMessage(error instanceof Error ? error.message : String(error)), [])

  const documents = useDocuments(report)
  const { alignmentId, setAlignmentId, selected } = documents
  const data = useAlignmentData(alignmentId, report)
  const { pairs, articles, findings } = data

  const { level, setLevel, focus, setFocus, moveFocus, moves, focusPair, onlyFindings, setOnlyFindings } = useReviewFocus(alignmentId, pairs, articles)
  const [editing, setEditing] = useState<{ side: Side; text: string } | null>(null)
  const [cuts, setCuts] = useState<Partial<Record<Side, number>>>({})
  const [exporting, setExporting] = useState(false)
  const [importing, setImporting] = useState<ImportRequest | null>(null)
  const [help, setHelp] = useState<'about' | 'shortcuts' | null>(null)
  const [dragging, setDragging] = useState(false)
  const searchInput = useRef<HTMLInputElement>(null)

  // Article labels (`5-бап / Статья 5`) shown on the first row of each article.
  const articleLabels = useMemo(() => {
    const labels = new Map<number, string>()
    for (const article of articles) {
      const label = [...new Set([...article.kk.labels, ...article.ru.labels])].join(' / ')
      if (label) labels.set(article.id, label)
    }
    return labels
  }, [articles])

  const { findingMessages, findingCounts } = useFindingMessages(findings, pairs, level, language)
  // The rows on screen: the level's pairs, or only those with open findings.
  const levelPairs = level === 'article' ? articles : pairs
  const shown = useMemo(() => (onlyFindings ? levelPairs.filter((p) => (findingCounts.get(p.id) ?? 0) > 0) : levelPairs), [onlyFindings, levelPairs, findingCounts])
  const current: PairView | undefined = shown[Math.min(focus, shown.length - 1)]
  const currentFindings = useFindingsOfRow(findings, pairs, level, current)

  const repairs = useFocusedRepairs(alignmentId, current, data.version, report)

  /** The term the concordance shows, in place of the pair detail; null when it is closed. */
  const [searchQuery, setSearchQuery] = useState<string | null>(null)
  const openHit = useCallback((hit: ConcordanceHit) => {
    setSearchQuery(null)
    focusPair('sentence', hit.pair.id)
    setAlignmentId(hit.pair.alignmentId)
  }, [focusPair, setAlignmentId])

  /** The sentence view at an article's first sentence pair. */
  const openArticle = useStableCallback((articleId: number) => {
    const first = pairs.find((p) => p.parentId === articleId)
    if (first) focusPair('sentence', first.id)
  })
  /** An outline entry: the article itself in the article view, its first sentence pair otherwise. */
  const openOutlineEntry = useStableCallback((articleId: number) => (level === 'article' ? focusPair('article', articleId) : openArticle(articleId)))

  const startEdit = useCallback((side: Side, text: string) => setEditing({ side, text: shownLines(text) }), [])
  const actions = useReviewActions({
    alignmentId, level, language, current, shown, focus, setFocus, moves, focusPair, findingCounts, cuts, onlyFindings, sentencePairs: pairs,
    t, setMessage, setStatus, report, reload: data.reload, refreshAround: data.refreshAround, refreshFindingsOf: data.refreshFindingsOf, refreshDocumentsSoon: documents.refreshDocumentsSoon, startEdit,
  })

  const saveEdit = useCallback(() => {
    if (!editing) return
    setEditing(null)
    actions?.saveEdit(editing.side, storedLines(editing.text))
  }, [editing, actions])

  /** Dismisses a finding with its reason (kept in the workspace), or shows it again (null). */
  const dismiss = useCallback(
    async (findingId: number, reason: string | null) => {
      if (alignmentId === null) return false
      try {
        const result = await call('finding.dismiss', { findingId, reason })
        setMessage(result.ok ? null : result.reason)
        await data.reloadFindings(alignmentId)
        return result.ok
      } catch (error) {
        report(error)
        return false
      }
    },
    [alignmentId, data, report],
  )

  const toggleLevel = useCallback(() => setLevel((l) => (l === 'article' ? 'sentence' : 'article')), [])
  useKeyboard({
    actions,
    busy: editing !== null || exporting || importing !== null || help !== null,
    rowCount: shown.length,
    setFocus: moveFocus,
    showShortcuts: useCallback(() => setHelp('shortcuts'), []),
    toggleLevel,
  })
  useMenuCommands({
    actions,
    onCommand: (command) => {
      if (command.startsWith('language-')) setLanguage(command.slice(9) as UiLanguage)
      else if (command === 'export-tmx') setExporting(true)
      else if (command.startsWith('open-pair:')) setImporting({ mode: 'pair', paths: JSON.parse(command.slice('open-pair:'.length)) as string[] })
      else if (command === 'open-pair') setImporting({ mode: 'pair' })
      else if (command.startsWith('import-folder:')) setImporting({ mode: 'folder', folder: command.slice('import-folder:'.length) })
      else if (command === 'import-folder') setImporting({ mode: 'folder' })
      else if (command === 'about' || command === 'shortcuts') setHelp(command)
      else if (command === 'new-project') setImporting({ mode: 'pair', newProject: true })
      else if (command.startsWith('open-alignment:')) setAlignmentId(Number(command.slice('open-alignment:'.length)))
      else if (command === 'find') searchInput.current?.focus()
      else if (command === 'view-articles' || command === 'view-sentences') setLevel(command === 'view-articles' ? 'article' : 'sentence')
      else if (command.startsWith('zoom-')) zoom(command)
    },
  })


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
        <SearchPanel ref={searchInput} t={t} onSearch={setSearchQuery} />
        {/* Its own scroll: with many documents, the outline below stays in reach. */}
        <div className="document-scroll">
          <DocumentList alignments={documents.alignments} alignmentId={alignmentId} t={t} onOpen={setAlignmentId} />
        </div>
        <Outline articles={articles} t={t} onOpen={openOutlineEntry} />
        {alignmentId !== null && <ApartPanel alignmentId={alignmentId} t={t} />}
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
          <Toolbar t={t} level={level} onLevel={setLevel} actions={actions} onExport={() => setExporting(true)} />
          {level === 'sentence' && <ArticleJump articles={articles} labels={articleLabels} t={t} onOpen={openArticle} />}
          {level === 'article' && current && (
            <button className="open-sentences" onClick={() => openArticle(current.id)}>{t('openSentences')}</button>
          )}
          <label className="filter" title={t('onlyFindings')}>
            <input type="checkbox" aria-label={t('onlyFindings')} checked={onlyFindings} onChange={(e) => { setOnlyFindings(e.target.checked); setFocus(0) }} /> ⚑
          </label>
        </header>
        {message && (
          <p className="message" role="alert">
            {backEndText(language, message)}
          </p>
        )}
        <div className="column-heads">
          <span className="count" title={selected?.title}>{level === 'article' ? `${articles.length} ${t('articles')}` : `${pairs.length} ${t('pairs')}`}</span>
          <span>{t('kazakh')}</span>
          <span>{t('russian')}</span>
        </div>
        <PairList
          pairs={shown}
          level={level}
          language={language}
          busy={data.loading}
          focus={Math.min(focus, shown.length - 1)}
          findingMessages={findingMessages}
          articleLabels={articleLabels}
          onFocus={moveFocus}
          onOpen={level === 'article' ? openArticle : undefined}
        />
        {searchQuery !== null && (
          <Concordance query={searchQuery} alignmentId={alignmentId} t={t} report={report} onOpen={openHit} onClose={() => setSearchQuery(null)} />
        )}
        {searchQuery === null && current && (
          <PairDetail
            pair={current}
            level={level}
            language={language}
            t={t}
            actions={actions}
            findings={currentFindings}
            repairs={repairs}
            editing={editing}
            setEditing={setEditing}
            onSaveEdit={saveEdit}
            cuts={cuts}
            setCuts={setCuts}
            onDismiss={dismiss}
          />
        )}
        <footer className="shortcuts">
          <span className="status" role="status" aria-live="polite">{status}</span>
          <span className="help-links">
            <button className="link" onClick={() => setHelp('shortcuts')}>{t('keyboardShortcuts')} (F1)</button> · <button className="link" onClick={() => setHelp('about')}>{t('about')}</button>
          </span>
        </footer>
        {help && <HelpDialog kind={help} t={t} onClose={() => setHelp(null)} />}
        {importing && (
          <ImportDialog
            language={language}
            request={importing}
            project={importing.mode === 'pair' && importing.newProject ? '' : selected?.project ?? documents.alignments?.[0]?.project ?? 'Egiz'}
            t={t}
            onImported={(id) => {
              documents.imported(id)
              if (id !== null) setImporting(null)
            }}
            onClose={() => setImporting(null)}
          />
        )}
        {exporting && selected && <ExportDialog alignmentId={selected.id} projectId={selected.projectId} title={selected.title} language={language} t={t} onClose={() => setExporting(false)} />}
      </main>
    </div>
  )
}

/** The normaliser's repairs inside the focused pair, fetched when the focus or its spans change. */
function useFocusedRepairs(alignmentId: number | null, current: PairView | undefined, version: number, report: (error: unknown) => void): Record<Side, RepairView[]> {
  const [repairs, setRepairs] = useState<Record<Side, RepairView[]>>({ kk: [], ru: [] })
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
  }, [alignmentId, kkStart, kkEnd, ruStart, ruEnd, version, report])
  return repairs
}

/** View → Zoom in/out/actual size: the whole page, as browsers do. */
function zoom(command: string): void {
  const root = document.documentElement
  const current = Number(root.style.zoom || 1)
  const next = command === 'zoom-in' ? current * 1.1 : command === 'zoom-out' ? current / 1.1 : 1
  root.style.zoom = String(Math.min(3, Math.max(0.5, next)))
}
