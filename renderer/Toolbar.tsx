// The commands on the focused pair as one compact row: an icon per command, its name as tooltip and
// accessible name (with its key), so the row fits a small screen in every interface language.
import type { Level } from '../corpus/rows.ts'
import type { StringKey } from './i18n.ts'
import type { ReviewActions } from './useReviewActions.ts'

interface Props {
  t: (key: StringKey) => string
  level: Level
  onLevel: (level: Level) => void
  actions: ReviewActions | null
  onExport: () => void
}

interface Command {
  name: StringKey
  icon: string
  /** The key that runs it, shown in the tooltip. */
  key?: string
  run: (actions: ReviewActions) => void
  /** Where it applies: sentence pairs only (moving sentences, editing, sentence splits). */
  sentencesOnly?: boolean
}

const COMMANDS: Command[][] = [
  [
    { name: 'confirm', icon: '✓', key: 'Enter', run: (a) => a.confirm() },
    { name: 'confirmAbove', icon: '⤒✓', key: 'A', run: (a) => a.confirmAbove() },
    { name: 'needsReview', icon: '?', key: 'R', run: (a) => a.needsReview() },
    { name: 'reject', icon: '✗', key: 'X', run: (a) => a.reject() },
  ],
  [
    { name: 'mergePrevious', icon: '⊕↑', key: 'Shift+M', run: (a) => a.mergePrevious() },
    { name: 'mergeNext', icon: '⊕↓', key: 'M', run: (a) => a.mergeNext() },
    { name: 'split', icon: '✂', key: 'S', run: (a) => a.split(), sentencesOnly: true },
    { name: 'unpair', icon: '⇹', key: 'U', run: (a) => a.unpair() },
    { name: 'moveUpKk', icon: 'қ↥', key: 'Alt+↑', run: (a) => a.moveUp('kk'), sentencesOnly: true },
    { name: 'moveDownKk', icon: 'қ↧', key: 'Alt+↓', run: (a) => a.moveDown('kk'), sentencesOnly: true },
    { name: 'moveUpRu', icon: 'р↥', key: 'Alt+Shift+↑', run: (a) => a.moveUp('ru'), sentencesOnly: true },
    { name: 'moveDownRu', icon: 'р↧', key: 'Alt+Shift+↓', run: (a) => a.moveDown('ru'), sentencesOnly: true },
  ],
  [
    { name: 'previousProblem', icon: '⚠↑', key: 'Shift+N', run: (a) => a.previousProblem() },
    { name: 'nextProblem', icon: '⚠↓', key: 'N', run: (a) => a.nextProblem() },
    { name: 'previousFinding', icon: '!↑', key: 'Shift+F', run: (a) => a.previousFinding() },
    { name: 'nextFinding', icon: '!↓', key: 'F', run: (a) => a.nextFinding() },
  ],
  [
    { name: 'realign', icon: '⟲', run: (a) => a.realign(), sentencesOnly: true },
    { name: 'undo', icon: '↶', key: 'Ctrl+Z', run: (a) => a.undo() },
    { name: 'redo', icon: '↷', key: 'Ctrl+Y', run: (a) => a.redo() },
  ],
]

export function Toolbar({ t, level, onLevel, actions, onExport }: Props) {
  return (
    <>
      <span className="level-switch" role="group" aria-label={t('view')}>
        {(['article', 'sentence'] as const).map((option) => (
          <button key={option} aria-pressed={level === option} title={`${t(option === 'article' ? 'articleView' : 'sentenceView')} (V)`} onClick={() => onLevel(option)}>
            {t(option === 'article' ? 'articleView' : 'sentenceView')}
          </button>
        ))}
      </span>
      {actions && COMMANDS.map((group, index) => (
        <span key={index} className="buttons" role="group">
          {group.filter((command) => level === 'sentence' || !command.sentencesOnly).map((command) => {
            const name = t(level === 'article' && command.name === 'confirm' ? 'confirmArticle' : command.name)
            return (
              <button key={command.name} className="icon" aria-label={name} title={command.key ? `${name} (${command.key})` : name} onClick={() => command.run(actions)}>
                {command.icon}
              </button>
            )
          })}
        </span>
      ))}
      <button className="export" onClick={onExport} aria-label={t('export')} title={t('export')}>
        TMX…
      </button>
    </>
  )
}
