// Saves a web page as Chromium's "Save page as → Webpage, Single File" does (an .mhtml), with
// Debian's Chromium through playwright-core: `node test/helpers/save-web-archive.ts page.html out.mhtml`.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { launchChromium } from './browser.ts'

const [page, target] = process.argv.slice(2)
if (!page || !target) throw new Error('usage: save-web-archive.ts <page.html> <out.mhtml>')
const browser = await launchChromium()
try {
  const tab = await browser.newPage()
  await tab.goto(pathToFileURL(resolve(page)).href)
  const session = await tab.context().newCDPSession(tab)
  const { data } = await session.send('Page.captureSnapshot', { format: 'mhtml' })
  writeFileSync(target, data)
} finally {
  await browser.close()
}
