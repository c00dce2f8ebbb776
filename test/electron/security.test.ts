import { describe, expect, it, vi } from 'vitest'
import { guardWebContents, isAppUrl, isExternalLink, isTrustedSender, refusePermissions, windowOptions } from '../../electron/security.ts'
import { handleCall } from '../../electron/ipc.ts'
import { menuTemplate } from '../../electron/menu.ts'
import { importSlug, openWorkspace } from '../helpers/workspace.ts'

describe('the desktop window', () => {
  it('isolates and sandboxes the page, with no Node in it', () => {
    const { webPreferences } = windowOptions('/app/preload.js')
    expect(webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, preload: '/app/preload.js' })
  })

  it('compares the custom origin by protocol and host (its URL origin is opaque)', () => {
    expect(new URL('app://egiz/index.html').origin).toBe('null')
    expect(isAppUrl('app://egiz/index.html')).toBe(true)
    expect(['app://evil/index.html', 'https://egiz/', 'file:///etc/passwd', 'not a url', 'app://egiz.evil/'].map(isAppUrl)).toEqual([false, false, false, false, false])
    expect(isTrustedSender({ url: 'app://egiz/index.html', parent: null } as never)).toBe(true)
    expect(isTrustedSender({ url: 'app://egiz/index.html', parent: {} } as never)).toBe(false)
    expect(isTrustedSender(null)).toBe(false)
  })

  it('opens only the legal databases in the system browser', () => {
    expect(isExternalLink('https://adilet.zan.kz/rus/docs/Z050000054_')).toBe(true)
    expect(['http://adilet.zan.kz/', 'https://adilet.zan.kz.evil.com/', 'javascript:alert(1)', 'file:///home', 'https://example.com/'].map(isExternalLink)).toEqual([false, false, false, false, false])
  })

  it('refuses navigation, redirects, webviews and new windows', () => {
    const listeners = new Map<string, (event: { preventDefault: () => void }, url: string) => void>()
    let openHandler: ((details: { url: string }) => { action: string }) | null = null
    const contents = {
      on: (name: string, listener: (event: { preventDefault: () => void }, url: string) => void) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => (openHandler = handler),
    }
    const opened: string[] = []
    guardWebContents(contents as never, (url) => opened.push(url))
    const tried = (name: string, url: string) => {
      const preventDefault = vi.fn()
      listeners.get(name)!({ preventDefault }, url)
      return preventDefault.mock.calls.length > 0
    }
    expect(tried('will-navigate', 'https://evil.example/')).toBe(true)
    expect(tried('will-navigate', 'app://egiz/index.html')).toBe(false)
    expect(tried('will-redirect', 'http://127.0.0.1:8080/')).toBe(true)
    expect(tried('will-attach-webview', '')).toBe(true)
    expect(openHandler!({ url: 'https://adilet.zan.kz/kaz/docs/1' })).toEqual({ action: 'deny' })
    expect(openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(opened).toEqual(['https://adilet.zan.kz/kaz/docs/1'])
  })

  it('refuses every permission request and check', () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null
    let check: (() => boolean) | null = null
    refusePermissions({ setPermissionRequestHandler: (h: typeof request) => (request = h), setPermissionCheckHandler: (h: typeof check) => (check = h) } as never)
    const granted: boolean[] = []
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) request!(null, permission, (g) => granted.push(g))
    expect(granted).toEqual([false, false, false, false, false])
    expect(check!()).toBe(false)
  })

  it('has the usual menus and accelerators', () => {
    const sent: string[] = []
    const template = menuTemplate((command) => sent.push(command), () => sent.push('quit'))
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'Pair', 'View', 'Help'])
    const items = template.flatMap((m) => m.submenu as Array<{ label?: string; accelerator?: string; click?: () => void }>)
    expect(items.find((i) => i.label === 'Undo')!.accelerator).toBe('CmdOrCtrl+Z')
    items.find((i) => i.label === 'Export TMX…')!.click!()
    items.find((i) => i.label === 'Merge with next')!.click!()
    expect(sent).toEqual(['export-tmx', 'pair:mergeNext'])
    // The pair operations' plain keys stay with the review screen (typing in a field must not run them).
    expect(items.filter((i) => i.label === 'Unpair' || i.label === 'Confirm').map((i) => i.accelerator)).toEqual([undefined, undefined])
  })

  it('lists recent documents under File → Recent, each opening its document', () => {
    const sent: string[] = []
    const title = 'О ратификации Соглашения между Правительством Республики Казахстан и Правительством Финляндской Республики'
    const file = menuTemplate((command) => sent.push(command), () => {}, [{ id: 7, title }])[0]!.submenu as Array<{ label?: string; submenu?: Array<{ label: string; click: () => void }> }>
    const recent = file.find((i) => i.label === 'Recent')!.submenu!
    expect(recent[0]!.label).toHaveLength(70)
    recent[0]!.click()
    expect(sent).toEqual(['open-alignment:7'])
    const empty = menuTemplate(() => {}, () => {}, [])[0]!.submenu as Array<{ label?: string; submenu?: Array<{ label: string; enabled?: boolean }> }>
    expect(empty.find((i) => i.label === 'Recent')!.submenu).toEqual([{ label: 'No documents yet', enabled: false }])
  })
})

describe('IPC sender checks', () => {
  const workspace = openWorkspace()
  importSlug(workspace, 'kz-fi-investment-bit-1992')
  const logged: string[] = []
  const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } }) as never

  it('answers the app\'s own main frame', async () => {
    expect(await handleCall(workspace, frame('app://egiz/index.html'), 'projects.list', {}, (l) => logged.push(l))).toMatchObject({ ok: true })
  })

  it.each([
    ['a sub-frame of the app', frame('app://egiz/index.html', { url: 'app://egiz/index.html' })],
    ['a web page', frame('https://evil.example/')],
    ['a local file', frame('file:///tmp/evil.html')],
    ['a look-alike host', frame('app://egiz.evil/index.html')],
    ['the browser-mode host', frame('http://127.0.0.1:4000/')],
    ['no frame at all', { senderFrame: null } as never],
  ])('refuses %s', async (_name, event) => {
    expect(await handleCall(workspace, event, 'projects.list', {}, (l) => logged.push(l))).toMatchObject({ ok: false, error: { message: 'calls are accepted from the Egiz window only' } })
  })

  it('validates input like the browser host does', async () => {
    expect(await handleCall(workspace, frame('app://egiz/index.html'), 42, {}, () => {})).toMatchObject({ ok: false })
    expect(await handleCall(workspace, frame('app://egiz/index.html'), 'pairs.page', { alignmentId: 'x' }, () => {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })
})
