// Importing: a pair of files (chosen, dropped on the window, or picked in the desktop app's open
// dialog) or a whole folder, with the folder's plan, a progress bar with counts and time left,
// a cancel button and the summary at the end.
import { useEffect, useRef, useState } from 'react'
import { DOCUMENT_EXTENSIONS } from '../aligner/formats/extensions.ts'
import type { BatchJobView } from '../corpus/batch/jobs.ts'
import { call } from './api.ts'
import { Dialog } from './Dialog.tsx'
import { backEndText, problemText } from './messages.ts'
import type { StringKey, UiLanguage } from './i18n.ts'

export type ImportRequest =
  /** `newProject`: File → New project…, the project's name is asked for first. */
  | { mode: 'pair'; files?: File[]; paths?: string[]; newProject?: boolean }
  | { mode: 'folder'; folder?: string }

interface Props {
  request: ImportRequest
  project: string
  language: UiLanguage
  t: (key: StringKey) => string
  onImported: (alignmentId: number | null) => void
  onClose: () => void
}

/** How often a running folder import is asked for its progress. */
const POLL_MS = 400
const ACCEPTED = DOCUMENT_EXTENSIONS.map((extension) => `.${extension}`).join(',')

export function ImportDialog({ request, project: defaultProject, language, t, onImported, onClose }: Props) {
  return request.mode === 'pair' ? (
    <PairImport request={request} defaultProject={defaultProject} language={language} t={t} onImported={onImported} onClose={onClose} />
  ) : (
    <FolderImport initialFolder={request.folder ?? ''} language={language} t={t} onImported={onImported} onClose={onClose} />
  )
}

function PairImport({ request, defaultProject, language, t, onImported, onClose }: { request: Extract<ImportRequest, { mode: 'pair' }>; defaultProject: string; language: UiLanguage; t: Props['t']; onImported: Props['onImported']; onClose: () => void }) {
  const [files, setFiles] = useState<File[]>(request.files ?? [])
  const paths = request.paths ?? []
  const [project, setProject] = useState(defaultProject)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  /** The same two files are in the project already: the import waits for the reviewer's choice. */
  const [existing, setExisting] = useState<{ token: number; title: string; createdAt: string } | null>(null)
  const cancelling = useRef(false)
  const fileInput = useRef<HTMLInputElement>(null)
  const names = paths.length > 0 ? paths.map((path) => path.split(/[\\/]/).pop()!) : files.map((file) => file.name)
  const count = paths.length > 0 ? paths.length : files.length

  const run = async () => {
    setBusy(true)
    setProblem(null)
    try {
      const result =
        paths.length > 0
          ? await call('import.paths', { project, first: paths[0]!, second: paths[1]!, ifImported: 'ask' })
          : await call('import.pair', { project, first: await encoded(files[0]!), second: await encoded(files[1]!), ifImported: 'ask' })
      if (result.ok) onImported(result.alignmentId)
      else if ('alreadyImported' in result) setExisting(result.alreadyImported)
      else if (cancelling.current) onClose()
      else setProblem(problemText(language, result))
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  const resolve = async (choice: 'open' | 'version' | 'copy') => {
    if (!existing) return
    setBusy(true)
    try {
      const result = await call('import.resolve', { token: existing.token, choice })
      if (result.ok) onImported(result.alignmentId)
      else setProblem(problemText(language, result))
      setExisting(null)
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  const cancelImport = async () => {
    cancelling.current = true
    await call('import.cancel', {})
  }

  return (
    <Dialog label={t('openPair')} onEscape={busy ? () => void cancelImport() : onClose}>
        <h2>{request.newProject ? t('newProject') : t('openPair')}</h2>
        <p className="hint">{t('openPairHint')}</p>
        {paths.length === 0 && (
          // The browser's own file button speaks the browser's language: this one speaks the interface's.
          <div className="file-choice">
            <span>{t('files')}</span>
            <button onClick={() => fileInput.current?.click()}>{t('chooseFiles')}</button>
            <input ref={fileInput} type="file" multiple hidden accept={ACCEPTED} aria-label={t('files')} onChange={(e) => setFiles([...(e.target.files ?? [])])} />
          </div>
        )}
        <ul className="file-names">{names.map((name) => <li key={name}>{name}</li>)}</ul>
        <label>
          {t('project')}
          <input value={project} autoFocus={request.newProject} onChange={(e) => setProject(e.target.value)} />
        </label>
        {busy && <progress aria-label={t('aligning')} />}
        {problem && <p className="problem" role="alert">{problem}</p>}
        {count !== 2 && count > 0 && <p className="problem" role="alert">{t('chooseTwo')}</p>}
        {existing && (
          <div className="already-imported" role="alert">
            <p>{t('alreadyImported')} «{existing.title.slice(0, 120)}» ({existing.createdAt.slice(0, 10)}).</p>
            <div className="dialog-buttons">
              <button className="primary" autoFocus onClick={() => void resolve('open')}>{t('openExisting')}</button>
              <button onClick={() => void resolve('version')}>{t('alignAgain')}</button>
              <button onClick={() => void resolve('copy')}>{t('importCopy')}</button>
            </div>
          </div>
        )}
        {!existing && <div className="dialog-buttons">
          {/* While the pair is being read and aligned, Cancel stops its worker: nothing is saved. */}
          <button onClick={busy ? () => void cancelImport() : onClose}>{t('cancel')}</button>
          <button className="primary" disabled={busy || count !== 2 || project.trim() === ''} onClick={() => void run()}>{busy ? t('aligning') : t('importNow')}</button>
        </div>}
    </Dialog>
  )
}

function FolderImport({ initialFolder, language, t, onImported, onClose }: { initialFolder: string; language: UiLanguage; t: Props['t']; onImported: Props['onImported']; onClose: () => void }) {
  const [folder, setFolder] = useState(initialFolder)
  const [project, setProject] = useState(lastPart(initialFolder))
  const [job, setJob] = useState<BatchJobView | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const jobId = useRef<number | null>(null)
  const running = job !== null && (job.state === 'planning' || job.state === 'running')

  useEffect(() => {
    if (!running || jobId.current === null) return
    const timer = setInterval(() => {
      call('batch.status', { jobId: jobId.current! })
        .then((view) => {
          setJob(view)
          if (view && view.state !== 'planning' && view.state !== 'running' && (view.summary?.imported ?? 0) > 0) onImported(null)
        })
        .catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)))
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [running, onImported])

  const start = async () => {
    setProblem(null)
    const started = await call('batch.start', { folder: folder.trim(), project: project.trim() || lastPart(folder) })
    if (!started.ok) return setProblem(backEndText(language, started.reason))
    jobId.current = started.jobId
    setJob(await call('batch.status', { jobId: started.jobId }))
  }

  const progress = job?.progress
  return (
    <Dialog label={t('importFolder')} wide onEscape={running ? () => void call('batch.cancel', { jobId: jobId.current! }) : onClose}>
        <h2>{t('importFolder')}</h2>
        <p className="hint">{t('importFolderHint')}</p>
        <label>
          {t('folder')}
          <input value={folder} disabled={running} placeholder="/home/…/agreements" onChange={(e) => {
            setFolder(e.target.value)
            setProject(lastPart(e.target.value))
          }} />
        </label>
        <label>
          {t('project')}
          <input value={project} disabled={running} onChange={(e) => setProject(e.target.value)} />
        </label>
        {job && job.state !== 'failed' && (
          <p className="plan">
            {job.state === 'planning' ? t('readingFolder') : `${job.pairs} ${t('pairsFound')}, ${job.unpaired.length} ${t('filesAlone')}`}
          </p>
        )}
        {job && job.paired.length > 0 && (
          <details>
            <summary>{job.pairs} {t('pairsFound')}</summary>
            <ul className="file-problems">
              {job.paired.map((pair) => (
                <li key={pair.kk}>
                  {lastPart(pair.kk)} ⇄ {lastPart(pair.ru)}{pair.by === 'content' ? ` (${t('byContent')})` : ''}
                </li>
              ))}
            </ul>
          </details>
        )}
        {job && job.unpaired.length > 0 && (
          <details>
            <summary>{t('filesAlone')}</summary>
            <ul className="file-problems">{job.unpaired.map((file) => <li key={file.path}><strong>{lastPart(file.path)}</strong>: {problemText(language, file)}</li>)}</ul>
          </details>
        )}
        {progress && (
          <div className="batch-progress">
            <progress max={progress.total} value={progress.done} aria-label={t('importFolder')} />
            <span>
              {progress.done}/{progress.total} · {progress.imported} {t('imported')} · {progress.skipped} {t('importedBefore')} · {progress.failed} {t('failed')}
              {progress.remainingMs !== null && running ? ` · ${Math.ceil(progress.remainingMs / 1000)} s ${t('left')}` : ''}
            </span>
          </div>
        )}
        {job?.summary && (
          <div className="result">
            <p>
              {job.state === 'cancelled' ? t('cancelled') : t('finished')}: {job.summary.imported} {t('imported')}, {job.summary.articlePairs} {t('articles')}, {job.summary.sentencePairs} {t('sentences')}, {differencesAndNotes(job.summary.findingsByKind, t)} ({Math.round(job.summary.elapsedMs / 1000)} s)
            </p>
            {job.summary.failures.length > 0 && (
              <ul className="file-problems">{job.summary.failures.map((failure) => <li key={failure.pair.label}><strong>{failure.pair.label}</strong>: {problemText(language, { reason: failure.reason ?? '', detail: failure.detail, file: failure.file })}</li>)}</ul>
            )}
          </div>
        )}
        {(problem ?? job?.error) && <p className="problem" role="alert">{backEndText(language, problem ?? job?.error ?? '')}</p>}
        <div className="dialog-buttons">
          {running ? (
            <button onClick={() => void call('batch.cancel', { jobId: jobId.current! })}>{t('cancel')}</button>
          ) : (
            <>
              <button onClick={onClose}>{t('close')}</button>
              <button className="primary" disabled={folder.trim() === ''} onClick={() => void start().catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)))}>{t('importNow')}</button>
            </>
          )}
        </div>
    </Dialog>
  )
}

function lastPart(path: string): string {
  return path.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? ''
}

async function encoded(file: File): Promise<{ name: string; base64: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000))
  return { name: file.name, base64: btoa(binary) }
}

/**
 * The findings counted as `egiz import` and `stats` count them: where the versions differ, then the
 * aligner's notes on its own work (low confidence, proposed repairs) apart.
 */
function differencesAndNotes(byKind: Record<string, number>, t: (key: StringKey) => string): string {
  const { alignment: notes = 0, ...differences } = byKind
  const findings = Object.values(differences).reduce((a, b) => a + b, 0)
  return `${findings} ${t('findings')}${notes > 0 ? `, ${notes} ${t('alignmentNotes')}` : ''}`
}
