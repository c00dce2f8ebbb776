// Real headless Chromium (Debian's) driven by playwright-core, and the built review screen.
import { execFileSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import { newestModification } from '../../scripts/built-cli.mjs'

export const RENDERER = fileURLToPath(new URL('../../dist/renderer', import.meta.url))
const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** Builds the review screen when this checkout has not built it yet, or its sources changed since. */
export function ensureRendererBuilt(): void {
  const built = `${RENDERER}/index.html`
  if (existsSync(built) && newestModification([`${ROOT}renderer`, `${ROOT}aligner`, `${ROOT}contract`]) <= statSync(built).mtimeMs) return
  // A production build always: under vitest NODE_ENV is 'test', and React's development build,
  // several times slower, would then be what bench:ui measures next.
  execFileSync(process.execPath, [`${ROOT}node_modules/vite/bin/vite.js`, 'build', '--config', `${ROOT}renderer/vite.config.ts`, '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}
