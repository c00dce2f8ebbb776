// The findings of the focused pair (or of every sentence of the focused article), each with its
// dismissal: a reason is asked for and kept, and a dismissed finding can be shown again.
import { useState } from 'react'
import type { FindingView } from '../corpus/workspace.ts'
import { findingText, type StringKey, type UiLanguage } from './i18n.ts'

interface Props {
  findings: FindingView[]
  language: UiLanguage
  t: (key: StringKey) => string
  /** Dismisses with a reason, or shows again (null); resolves true when it was done. */
  onDismiss: (findingId: number, reason: string | null) => Promise<boolean>
}

export function FindingList({ findings, language, t, onDismiss }: Props) {
  const [dismissing, setDismissing] = useState<{ id: number; reason: string } | null>(null)
  const dismiss = async (id: number, reason: string | null) => {
    if (await onDismiss(id, reason)) setDismissing(null)
  }
  if (findings.length === 0) return null
  return (
    <ul className="pair-findings">
      {findings.map((f) => (
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
    </ul>
  )
}
