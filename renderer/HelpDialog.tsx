// Help → Keyboard shortcuts (also F1 or ?) and Help → About Egiz.
import { useEffect, useState } from 'react'
import { call } from './api.ts'
import { Dialog } from './Dialog.tsx'
import type { StringKey } from './i18n.ts'

interface Props {
  kind: 'about' | 'shortcuts'
  t: (key: StringKey) => string
  onClose: () => void
}

export function HelpDialog({ kind, t, onClose }: Props) {
  const [info, setInfo] = useState<{ version: string; workspace: string } | null>(null)
  useEffect(() => {
    if (kind === 'about') call('app.info', {}).then(setInfo, () => setInfo(null))
  }, [kind])
  const title = kind === 'about' ? t('about') : t('keyboardShortcuts')
  return (
    <Dialog label={title} wide onEscape={onClose}>
        <h2>{title}</h2>
        {kind === 'shortcuts' ? (
          <table className="shortcut-table">
            <tbody>
              {t('shortcuts').split(' · ').map((entry) => {
                const [keys, ...what] = entry.split(' ')
                return (
                  <tr key={entry}>
                    <th><kbd>{keys}</kbd></th>
                    <td>{what.join(' ')}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        ) : (
          <>
            <p>{t('aboutText')}</p>
            {info && <p className="hint">{t('version')} {info.version} · {t('workspaceFile')}: {info.workspace}</p>}
          </>
        )}
        <div className="dialog-buttons">
          <button className="primary" autoFocus onClick={onClose}>{t('close')}</button>
        </div>
    </Dialog>
  )
}
