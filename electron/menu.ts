// The application menu with the usual accelerators; each item sends a command to the page.
import type { MenuItemConstructorOptions } from 'electron'

export type MenuCommand =
  | 'new-project'
  | 'open-pair'
  | 'import-folder'
  | 'export-tmx'
  | 'undo'
  | 'redo'
  | 'find'
  | 'view-articles'
  | 'view-sentences'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'language-kk'
  | 'language-ru'
  | 'language-en'
  | 'about'
  | 'shortcuts'
  | `open-alignment:${number}`
  | `pair:${PairCommand}`

/**
 * The operations on the focused pair or article, also in the Pair menu. No accelerators there:
 * their plain keys (M, S, U…) belong to the review screen, which ignores them while typing.
 */
export const PAIR_COMMANDS = [
  ['confirm', 'Confirm'],
  ['confirmAbove', 'Confirm all above'],
  ['needsReview', 'Needs review'],
  ['reject', 'Reject'],
  ['mergePrevious', 'Merge with previous'],
  ['mergeNext', 'Merge with next'],
  ['split', 'Split after the first sentence'],
  ['splitAtCursor', 'Split where clicked'],
  ['unpair', 'Unpair'],
  ['previousProblem', 'Previous problem'],
  ['nextProblem', 'Next problem'],
  ['previousFinding', 'Previous finding'],
  ['nextFinding', 'Next finding'],
] as const

export type PairCommand = (typeof PAIR_COMMANDS)[number][0]

/** Documents listed under File → Recent. */
export const RECENT_COUNT = 8

export function menuTemplate(send: (command: MenuCommand) => void, quit: () => void, recent: Array<{ id: number; title: string }> = []): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({ label, accelerator, click: () => send(command) })
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0 ? [{ label: 'No documents yet', enabled: false }] : recent.slice(0, RECENT_COUNT).map((document) => item(shorten(document.title), `open-alignment:${document.id}`))
  return [
    {
      label: 'File',
      submenu: [
        item('New project…', 'new-project', 'CmdOrCtrl+N'),
        item('Open pair…', 'open-pair', 'CmdOrCtrl+O'),
        item('Import folder…', 'import-folder', 'CmdOrCtrl+Shift+O'),
        { label: 'Recent', submenu: recentItems },
        { type: 'separator' },
        item('Export TMX…', 'export-tmx', 'CmdOrCtrl+E'),
        { type: 'separator' },
        { label: 'Quit', accelerator: 'CmdOrCtrl+Q', click: quit },
      ],
    },
    { label: 'Edit', submenu: [item('Undo', 'undo', 'CmdOrCtrl+Z'), item('Redo', 'redo', 'CmdOrCtrl+Shift+Z'), { type: 'separator' }, item('Find', 'find', 'CmdOrCtrl+F')] },
    { label: 'Pair', submenu: PAIR_COMMANDS.map(([command, label]) => item(label, `pair:${command}`)) },
    { label: 'View', submenu: [item('Articles', 'view-articles'), item('Sentences', 'view-sentences'), { type: 'separator' }, item('Zoom in', 'zoom-in', 'CmdOrCtrl+='), item('Zoom out', 'zoom-out', 'CmdOrCtrl+-'), item('Actual size', 'zoom-reset', 'CmdOrCtrl+0'), { type: 'separator' }, item('Қазақша', 'language-kk'), item('Русский', 'language-ru'), item('English', 'language-en')] },
    { label: 'Help', submenu: [item('Keyboard shortcuts', 'shortcuts', 'F1'), item('About Egiz', 'about')] },
  ]
}

/** Menu labels stay one short line: agreement titles run to hundreds of characters. */
function shorten(title: string): string {
  const line = title.replace(/\s+/g, ' ').trim()
  return line.length > 70 ? `${line.slice(0, 69)}…` : line
}
