// The desktop window's security settings and guards, kept apart from the rest of the shell so
// they can be tested without Electron: isolated, sandboxed renderer; no navigation away from the
// app; new windows refused (links to the legal database open in the system browser); every
// permission refused; IPC accepted only from the app's own main frame.
import type { BrowserWindowConstructorOptions, Session, WebContents, WebFrameMain } from 'electron'

/** The app's pages are served from this custom origin (see protocol.ts). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'egiz'
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** Sites whose links may open in the system browser: the official legal databases. */
export const EXTERNAL_HOSTS = new Set(['adilet.zan.kz', 'zan.gov.kz', 'www.zan.gov.kz', 'law.gov.kz', 'legalacts.egov.kz'])

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

export function windowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Egiz',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  }
}

/**
 * An origin check that works for the custom scheme: `new URL('app://egiz/').origin` is 'null'
 * (opaque), so protocol and host are compared instead.
 */
export function isAppUrl(address: string): boolean {
  try {
    const url = new URL(address)
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST
  } catch {
    return false
  }
}

export function isExternalLink(address: string): boolean {
  try {
    const url = new URL(address)
    return url.protocol === 'https:' && EXTERNAL_HOSTS.has(url.host)
  } catch {
    return false
  }
}

/** Only the app's own top-level page may call the back end. */
export function isTrustedSender(frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url)
}

export function guardWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) openExternal(url)
    return { action: 'deny' }
  })
}

export function refusePermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
