// The application menu with the usual accelerators; each item sends a command to the page.
import type { MenuItemConstructorOptions } from 'electron'

export type MenuCommand = 'open-pair' | 'import-folder' | 'export-tmx' | 'undo' | 'redo' | 'find' | 'zoom-in' | 'zoom-out' | 'zoom-reset' | 'language-kk' | 'language-ru' | 'language-en' | 'about' | 'shortcuts'

export function menuTemplate(send: (command: MenuCommand) => void, quit: () => void): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({ label, accelerator, click: () => send(command) })
  return [
    { label: 'File', submenu: [item('Open pair…', 'open-pair', 'CmdOrCtrl+O'), item('Import folder…', 'import-folder', 'CmdOrCtrl+Shift+O'), item('Export TMX…', 'export-tmx', 'CmdOrCtrl+E'), { type: 'separator' }, { label: 'Quit', accelerator: 'CmdOrCtrl+Q', click: quit }] },
    { label: 'Edit', submenu: [item('Undo', 'undo', 'CmdOrCtrl+Z'), item('Redo', 'redo', 'CmdOrCtrl+Shift+Z'), { type: 'separator' }, item('Find', 'find', 'CmdOrCtrl+F')] },
    { label: 'View', submenu: [item('Zoom in', 'zoom-in', 'CmdOrCtrl+='), item('Zoom out', 'zoom-out', 'CmdOrCtrl+-'), item('Actual size', 'zoom-reset', 'CmdOrCtrl+0'), { type: 'separator' }, item('Қазақша', 'language-kk'), item('Русский', 'language-ru'), item('English', 'language-en')] },
    { label: 'Help', submenu: [item('Keyboard shortcuts', 'shortcuts', 'F1'), item('About Egiz', 'about')] },
  ]
}
