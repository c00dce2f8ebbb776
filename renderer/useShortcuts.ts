// The review screen's keyboard: plain keys act on the focused pair (never while typing in a field or
// while a dialog is open), and the desktop menu's commands arrive through the preload bridge.
import { useEffect, useRef } from 'react'
import type { Side } from '../corpus/rows.ts'
import type { ReviewActions } from './useReviewActions.ts'

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

interface Keyboard {
  actions: ReviewActions | null
  /** A dialog, an editor or a form is open: its own keys apply. */
  busy: boolean
  rowCount: number
  setFocus: (update: number | ((focus: number) => number)) => void
  showShortcuts: () => void
  toggleLevel: () => void
}

export function useKeyboard({ actions, busy, rowCount, setFocus, showShortcuts, toggleLevel }: Keyboard): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement
      if (event.key === 'F1' || (event.key === '?' && !target.closest('textarea, input, select'))) {
        event.preventDefault()
        return showShortcuts()
      }
      if (!actions || busy || target.closest('textarea, input:not([type="checkbox"]), select')) return
      // Enter and Space on a focused button press that button, not the pair's operation.
      if ((event.key === 'Enter' || event.key === ' ') && target.closest('button, a, summary, [role="button"]')) return
      const key = event.key
      const ctrl = event.ctrlKey || event.metaKey
      const handled = (() => {
        if (event.altKey && key === 'ArrowUp') return actions.moveUp(sideOf(event)), true
        if (event.altKey && key === 'ArrowDown') return actions.moveDown(sideOf(event)), true
        if (key === 'ArrowDown' || key === 'j') return setFocus((f) => Math.min(f + 1, rowCount - 1)), true
        if (key === 'ArrowUp' || key === 'k') return setFocus((f) => Math.max(f - 1, 0)), true
        if (key === 'PageDown') return setFocus((f) => Math.min(f + 10, rowCount - 1)), true
        if (key === 'PageUp') return setFocus((f) => Math.max(f - 10, 0)), true
        if (key === 'Home') return setFocus(0), true
        if (key === 'End') return setFocus(rowCount - 1), true
        if (ctrl && (key === 'z' || key === 'Z') && !event.shiftKey) return actions.undo(), true
        if (ctrl && (key === 'y' || ((key === 'z' || key === 'Z') && event.shiftKey))) return actions.redo(), true
        if (ctrl || event.altKey) return false
        if (key === 'e' || key === 'E') return actions.edit(key === 'e' ? 'kk' : 'ru'), true
        if (key === 'v') return toggleLevel(), true
        const action = KEY_ACTIONS[key]
        return action ? (actions[action](), true) : false
      })()
      if (handled) event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [actions, busy, rowCount, setFocus, showShortcuts, toggleLevel])
}

/** Alt+arrow moves a Kazakh sentence; with Shift, a Russian one. */
function sideOf(event: KeyboardEvent): Side {
  return event.shiftKey ? 'ru' : 'kk'
}

/** What the desktop app's menu can ask of the screen. */
export interface MenuHandlers {
  actions: ReviewActions | null
  onCommand: (command: string) => void
}

/** Listens once to the menu; the latest actions are used when a command arrives. */
export function useMenuCommands({ actions, onCommand }: MenuHandlers): void {
  const latest = useRef({ actions, onCommand })
  latest.current = { actions, onCommand }
  useEffect(() => {
    const bridge = (globalThis as { egiz?: { onCommand?: (listener: (command: string) => void) => void } }).egiz
    bridge?.onCommand?.((command) => {
      const actions = latest.current.actions
      if (command === 'undo') actions?.undo()
      else if (command === 'redo') actions?.redo()
      else if (command.startsWith('pair:')) runPairCommand(actions, command.slice('pair:'.length))
      else latest.current.onCommand(command)
    })
  }, [])
}

/** A Pair menu command (electron/menu.ts PAIR_COMMANDS, named as the actions) on the focused pair. */
function runPairCommand(actions: ReviewActions | null, name: string): void {
  const action = actions?.[name as keyof ReviewActions]
  // Only the operations that need nothing more (the sentence moves need a side, editing a field).
  if (typeof action === 'function' && action.length === 0) (action as () => void)()
}
