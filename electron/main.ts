// The desktop app's main process: one instance, one window on the built review screen served from
// app://egiz, the workspace in the user-data folder, the guards of security.ts, the contract on IPC.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron'
import { join, normalize, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { Workspace } from '../corpus/workspace.ts'
import { defaultWorkspacePath } from '../corpus/paths.ts'
import { useFrancOnDemand } from '../corpus/franc-loader.ts'
import { COMMAND_CHANNEL, registerIpc } from './ipc.ts'
import { menuTemplate, RECENT_COUNT } from './menu.ts'
import { withDialog } from './dialogs.ts'
import { APP_HOST, APP_SCHEME, APP_URL, CONTENT_SECURITY_POLICY, guardWebContents, refusePermissions, windowOptions } from './security.ts'

/** Files of the built app, found from the app's own folder (the same in development and packaged). */
const RENDERER = join(app.getAppPath(), 'dist', 'renderer')
const PRELOAD = join(app.getAppPath(), 'dist', 'electron', 'preload.cjs')
const BATCH_WORKER = join(app.getAppPath(), 'dist', 'electron', 'batch-worker.cjs')
const BACKUP_SCRIPT = join(app.getAppPath(), 'dist', 'electron', 'backup.cjs')
const log = (line: string) => console.error(`egiz: ${line}`)

useFrancOnDemand()
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])

if (!app.requestSingleInstanceLock()) app.quit()

app.on('web-contents-created', (_event, contents) => guardWebContents(contents, (url) => void shell.openExternal(url)))

app.whenReady().then(() => {
  const path = defaultWorkspacePath()
  mkdirSync(join(path, '..'), { recursive: true })
  const opened = Workspace.open(path, { appVersion: app.getVersion(), batchWorkerPath: BATCH_WORKER, backupScriptPath: BACKUP_SCRIPT })
  if (!opened.ok) {
    log(`${path}: ${opened.reason}`)
    app.exit(2)
    return
  }
  const workspace = opened.workspace
  importSampleOnFirstRun(workspace)
  void workspace.indexForSearchInBackground()
  refusePermissions(session.defaultSession)
  // Export… hands the file to the browser as a download: ask where to save it, with a native dialog.
  session.defaultSession.on('will-download', (_event, item) => {
    const extension = item.getFilename().split('.').pop() ?? 'tmx'
    item.setSaveDialogOptions({ title: 'Export', defaultPath: item.getFilename(), filters: [{ name: extension.toUpperCase(), extensions: [extension] }] })
  })
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const file = normalize(join(RENDERER, decodeURIComponent(url.pathname)))
    if (url.host !== APP_HOST || !file.startsWith(RENDERER + sep)) return new Response('not found', { status: 404 })
    const response = await net.fetch(pathToFileURL(file).toString())
    const headers = new Headers(response.headers)
    headers.set('content-security-policy', CONTENT_SECURITY_POLICY)
    return new Response(response.body, { status: response.status, headers })
  })
  const window = new BrowserWindow(windowOptions(PRELOAD))
  const send = (command: Parameters<typeof withDialog>[0]) =>
    void withDialog(command, dialog, window).then((pageCommand) => pageCommand && window.webContents.send(COMMAND_CHANNEL, pageCommand))
  // File → Recent: the documents imported last, rebuilt whenever an import may have added one.
  const buildMenu = () => {
    const recent = workspace.alignments().slice(-RECENT_COUNT).reverse().map(({ id, title }) => ({ id, title }))
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(send, () => app.quit(), recent)))
  }
  buildMenu()
  registerIpc(ipcMain, workspace, log, buildMenu)
  window.once('ready-to-show', () => window.show())
  void window.loadURL(APP_URL)
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('window-all-closed', () => {
    workspace.close()
    app.quit()
  })
  // Ended by the system (logout, `kill`): close the windows, and with them the workspace, cleanly.
  process.once('SIGTERM', () => app.quit())
})

/** A new user's first start shows the bundled sample agreement rather than an empty screen. */
function importSampleOnFirstRun(workspace: Workspace): void {
  if (workspace.projects().length > 0) return
  const folder = join(app.getAppPath(), 'samples', 'kz-fi-investment')
  if (!existsSync(folder)) return
  const result = workspace.importPair({
    project: 'Sample',
    sources: [
      { name: 'kk.txt', bytes: readFileSync(join(folder, 'kk.txt')) },
      { name: 'ru.txt', bytes: readFileSync(join(folder, 'ru.txt')) },
    ],
  })
  if (!result.ok) log(`the sample could not be imported: ${result.reason}`)
}
