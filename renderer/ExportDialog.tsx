// The export dialog: the TMX/TSV options of `egiz export`, for the open document or its whole
// project; the file is downloaded (browser mode) and what was left out or changed is reported.
import { useState } from 'react'
import { describeReport, type ExportOptions } from '../aligner/tmx/export.ts'
import { call } from './api.ts'
import type { StringKey, UiLanguage } from './i18n.ts'
import { backEndText } from './messages.ts'
import { Dialog } from './Dialog.tsx'

interface Props {
  alignmentId: number
  projectId: number
  title: string
  language: UiLanguage
  t: (key: StringKey) => string
  onClose: () => void
}

const DEFAULTS: ExportOptions = { format: 'tmx', source: 'kk', codes: 'regional', level: 'sentence', pairs: 'confirmed', minConfidence: null, skipEmpty: true, dropDuplicates: false, text: 'original', segments: 'cat', rawCells: false }

export function ExportDialog({ alignmentId, projectId, title, language, t, onClose }: Props) {
  const [options, setOptions] = useState<ExportOptions>(DEFAULTS)
  const [scope, setScope] = useState<'document' | 'project'>('document')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<string | null>(null)
  const set = <K extends keyof ExportOptions>(key: K, value: ExportOptions[K]) => setOptions((o) => ({ ...o, [key]: value }))

  const run = async () => {
    setBusy(true)
    setResult(null)
    try {
      const exported = await call('export.file', { ...options, ...(scope === 'document' ? { alignmentId } : { projectId }) })
      const extension = options.format === 'tmx' ? 'tmx' : 'tsv'
      const blob = new Blob(exported.chunks, { type: options.format === 'tmx' ? 'application/x-tmx+xml' : 'text/tab-separated-values' })
      const link = document.createElement('a')
      link.href = URL.createObjectURL(blob)
      link.download = `${fileName(title)}.${extension}`
      link.click()
      URL.revokeObjectURL(link.href)
      setResult(describeReport(exported.report, language))
    } catch (error) {
      setResult(backEndText(language, error instanceof Error ? error.message : String(error)))
    } finally {
      setBusy(false)
    }
  }

  const select = <K extends keyof ExportOptions>(key: K, label: StringKey, values: Array<[ExportOptions[K], string]>) => (
    <label>
      {t(label)}
      <select value={String(options[key])} onChange={(e) => set(key, values.find(([v]) => String(v) === e.target.value)![0])}>
        {values.map(([value, text]) => (
          <option key={String(value)} value={String(value)}>{text}</option>
        ))}
      </select>
    </label>
  )

  return (
    <Dialog label={t('export')} onEscape={onClose}>
        <h2>{t('export')}</h2>
        <label>
          {t('exportScope')}
          <select value={scope} onChange={(e) => setScope(e.target.value as 'document' | 'project')}>
            <option value="document">{t('thisDocument')}</option>
            <option value="project">{t('wholeProject')}</option>
          </select>
        </label>
        {select('format', 'exportFormat', [['tmx', 'TMX 1.4'], ['tsv', 'TSV'], ['tsv-full', 'TSV + confidence, status']])}
        {select('source', 'exportSource', [['kk', 'Қазақша → Русский'], ['ru', 'Русский → Қазақша']])}
        {select('codes', 'exportCodes', [['regional', 'kk-KZ / ru-RU'], ['short', 'kk / ru']])}
        {select('level', 'exportLevel', [['sentence', t('sentences')], ['article', t('articles')], ['both', t('both')]])}
        {select('pairs', 'exportPairs', [['confirmed', t('confirmedOnly')], ['all', t('allButRejected')]])}
        {select('text', 'exportText', [['original', t('originalText')], ['clean', t('cleanText')]])}
        {select('segments', 'exportSegments', [['cat', t('catSegments')], ['pairs', t('wholePairs')]])}
        <label>
          {t('minConfidence')}
          <input type="number" min={0} max={1} step={0.05} value={options.minConfidence ?? ''} placeholder="—" onChange={(e) => set('minConfidence', e.target.value === '' ? null : Number(e.target.value))} />
        </label>
        <label className="check"><input type="checkbox" checked={options.skipEmpty} onChange={(e) => set('skipEmpty', e.target.checked)} /> {t('skipEmpty')}</label>
        <label className="check"><input type="checkbox" checked={options.dropDuplicates} onChange={(e) => set('dropDuplicates', e.target.checked)} /> {t('dropDuplicates')}</label>
        {options.format !== 'tmx' && <label className="check"><input type="checkbox" checked={options.rawCells} onChange={(e) => set('rawCells', e.target.checked)} /> {t('rawCells')}</label>}
        {busy && <progress aria-label={t('exporting')} />}
        {result && <p className="result" role="status">{result}</p>}
        <div className="dialog-buttons">
          <button className="primary" disabled={busy} onClick={() => void run()}>{t('exportNow')}</button>
          <button onClick={onClose}>{t('close')}</button>
        </div>
    </Dialog>
  )
}

/** A safe file name from a document title. */
function fileName(title: string): string {
  return title.replace(/[\\/:*?"<>|\n]+/g, ' ').trim().slice(0, 80) || 'egiz-export'
}
