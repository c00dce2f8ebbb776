// The native dialogs behind File → Open pair… and File → Import folder…: the chosen paths go to
// the page as a command, which imports them through the contract like any other call.
import type { BrowserWindow, Dialog } from 'electron'
import { DOCUMENT_EXTENSIONS } from '../aligner/formats/extensions.ts'
import type { MenuCommand } from './menu.ts'

/** What the page receives: the plain command, or the command with the chosen paths. */
export type PageCommand = MenuCommand | `open-pair:${string}` | `import-folder:${string}`

/** Runs the dialog a menu command needs first; null when the user cancelled it. */
export async function withDialog(command: MenuCommand, dialog: Pick<Dialog, 'showOpenDialog'>, window: BrowserWindow): Promise<PageCommand | null> {
  if (command === 'open-pair') {
    const chosen = await dialog.showOpenDialog(window, {
      title: 'Open the Kazakh and the Russian version',
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'Documents', extensions: [...DOCUMENT_EXTENSIONS] }, { name: 'All files', extensions: ['*'] }],
    })
    return chosen.canceled || chosen.filePaths.length === 0 ? null : `open-pair:${JSON.stringify(chosen.filePaths)}`
  }
  if (command === 'import-folder') {
    const chosen = await dialog.showOpenDialog(window, { title: 'Import a folder of agreements', properties: ['openDirectory'] })
    return chosen.canceled || chosen.filePaths.length === 0 ? null : `import-folder:${chosen.filePaths[0]}`
  }
  return command
}
