// One end-to-end session of the review screen: a temporary workspace, the browser-mode host on
// it, and a Chromium page; screenshots go to test-artifacts/screenshots.
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { startHost, type Host } from '../../cli/serve-host.ts'
import type { Workspace } from '../../corpus/workspace.ts'
import { ensureRendererBuilt, launchChromium, RENDERER } from './browser.ts'
import { openWorkspace } from './workspace.ts'

export const SCREENSHOTS = fileURLToPath(new URL('../../test-artifacts/screenshots/', import.meta.url))

export interface ReviewSession {
  workspace: Workspace
  host: Host
  browser: Browser
  page: Page
  close: () => Promise<void>
}

/** Opens a session; `prepare` fills the workspace before the host starts. */
export async function startReviewSession(prepare: (workspace: Workspace) => void = () => {}): Promise<ReviewSession> {
  ensureRendererBuilt()
  mkdirSync(SCREENSHOTS, { recursive: true })
  const workspace = openWorkspace()
  prepare(workspace)
  const host = await startHost({ workspace, staticRoot: RENDERER })
  const browser = await launchChromium()
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US', acceptDownloads: true })
  const close = async () => {
    await browser.close()
    await host.close()
    workspace.close()
  }
  return { workspace, host, browser, page, close }
}
