// Importing from the review screen in Chromium: a pair chosen in the file picker (.docx + .html,
// .odt + .doc), a pair dropped on the window, and a whole folder with its progress and summary.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Host } from '../../cli/serve-host.ts'
import type { Workspace } from '../../corpus/workspace.ts'
import { CORPUS, plainParagraphs } from '../helpers/corpus.ts'
import { buildDocx, escapeXml, paragraph } from '../helpers/build-docx.ts'
import { SCREENSHOTS, startReviewSession, type ReviewSession } from '../helpers/review-session.ts'

const SLUG = 'kz-fi-investment-bit-1992'

let session: ReviewSession
let workspace: Workspace
let host: Host
let page: Page

beforeAll(async () => {
  session = await startReviewSession()
  ;({ workspace, host, page } = session)
}, 60_000)

afterAll(() => session?.close())

/**
 * Imports two files chosen in the file picker, which must offer `extension`, into `project`, and
 * waits until the alignment is stored.
 */
async function importThroughPicker(extension: string, project: string, files: Array<{ name: string; mimeType: string; buffer: Buffer }>): Promise<void> {
  const before = workspace.alignments().length
  await page.getByRole('button', { name: 'Open pair…' }).click()
  expect(await page.getByLabel('Files').getAttribute('accept')).toContain(extension)
  await page.getByLabel('Files').setInputFiles(files)
  await page.getByLabel('Project', { exact: true }).fill(project)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect.poll(() => workspace.alignments().length).toBe(before + 1)
}

const lines = (language: 'kk' | 'ru') => plainParagraphs(readFileSync(join(CORPUS, SLUG, `${language}.txt`), 'utf8'))

describe('importing in the review screen', () => {
  it('starts empty with the ways to import in view', async () => {
    await page.goto(host.url)
    await expect.poll(() => page.locator('.documents .hint').textContent()).toContain('Open a pair, import a folder, or drop')
    await page.screenshot({ path: `${SCREENSHOTS}import-empty.png` })
  })

  it('imports a .docx and an .html chosen in the file picker and opens the document', async () => {
    await page.getByRole('button', { name: 'Open pair…' }).click()
    const docx = Buffer.from(buildDocx({ body: lines('kk').map((line) => paragraph(line)), headers: ['Ресми емес аударма'], footnotes: [{ id: 1, text: 'Әділет деректері.' }] }))
    const html = Buffer.from(`<html><head><meta charset="utf-8"></head><body>${lines('ru').map((line) => `<p>${escapeXml(line)}</p>`).join('')}</body></html>`)
    await page.getByLabel('Files').setInputFiles([
      { name: 'finland_kz.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx },
      { name: 'finland_ru.html', mimeType: 'text/html', buffer: html },
    ])
    await page.getByLabel('Project', { exact: true }).fill('Treaties')
    await page.screenshot({ path: `${SCREENSHOTS}import-pair.png` })
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await expect.poll(() => workspace.alignments().length).toBe(1)
    await expect.poll(() => page.locator('[role="row"]').count()).toBeGreaterThan(10)
    expect(await page.locator('[role="row"]').first().locator('[lang="kk"]').textContent()).toContain('Қазақстан Республикасының Үкіметі')
    expect(workspace.alignments()[0]).toMatchObject({ project: 'Treaties', kkFile: 'finland_kz.docx', ruFile: 'finland_ru.html' })
    // The Word file's header and footnote are kept apart from the text, to read beside it.
    await page.locator('.apart summary').click()
    expect(await page.locator('.apart').textContent()).toContain('header header1.xml Ресми емес аударма')
    expect(await page.locator('.apart').textContent()).toContain('footnote 1 Әділет деректері.')
  })

  it('says what is wrong with a broken file and keeps what was imported', async () => {
    await page.getByRole('button', { name: 'Open pair…' }).click()
    await page.getByLabel('Files').setInputFiles([
      { name: 'scan_kz.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\nno objects here') },
      { name: 'finland_ru.txt', mimeType: 'text/plain', buffer: readFileSync(join(CORPUS, SLUG, 'ru.txt')) },
    ])
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await expect.poll(() => page.locator('.dialog .problem').textContent()).toContain('scan_kz.pdf: the PDF')
    await page.getByRole('button', { name: 'Cancel' }).click()
    // In the Russian interface the whole problem is said in Russian; only the file's name stays.
    await page.locator('.language select').selectOption('ru')
    await page.getByRole('button', { name: 'Открыть пару…' }).click()
    await page.getByLabel('Файлы').setInputFiles([
      { name: 'scan_kz.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\nno objects here') },
      { name: 'finland_ru.txt', mimeType: 'text/plain', buffer: readFileSync(join(CORPUS, SLUG, 'ru.txt')) },
    ])
    await page.getByRole('button', { name: 'Импортировать', exact: true }).click()
    await expect.poll(() => page.locator('.dialog .problem').textContent()).toBe('scan_kz.pdf: PDF повреждён или оборван (у него нет читаемой структуры); скачайте его заново')
    await page.screenshot({ path: `${SCREENSHOTS}import-problem-ru.png` })
    await page.getByRole('button', { name: 'Отмена' }).click()
    await page.locator('.language select').selectOption('en')
    expect(workspace.alignments().length).toBe(1)
  })

  it('imports the two files dropped on the window', async () => {
    const kk = readFileSync(join(CORPUS, 'central-asia-hydromet-1999', 'kk.txt'), 'utf8')
    const ru = readFileSync(join(CORPUS, 'central-asia-hydromet-1999', 'ru.txt'), 'utf8')
    const transfer = await page.evaluateHandle(([kkText, ruText]) => {
      const data = new DataTransfer()
      data.items.add(new File([kkText!], 'hydromet_kk.md', { type: 'text/markdown' }))
      data.items.add(new File([ruText!], 'hydromet_ru.md', { type: 'text/markdown' }))
      return data
    }, [kk, ru])
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer })
    await expect.poll(() => page.locator('.drop-hint').count()).toBe(1)
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer })
    await expect.poll(() => page.locator('.dialog .file-names').textContent()).toBe('hydromet_kk.mdhydromet_ru.md')
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await expect.poll(() => workspace.alignments().length).toBe(2)
    await expect.poll(() => page.locator('.documents button.current').textContent()).toContain('гидрометеорологии')
  })

  it('imports a folder with progress, then lists what failed and why', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'egiz-e2e-folder-'))
    for (const slug of ['csto-charter-2002', 'kz-ibrd-grant-letter-2003']) {
      copyFileSync(join(CORPUS, slug, 'kk.txt'), join(folder, `${slug}_kaz.txt`))
      copyFileSync(join(CORPUS, slug, 'ru.txt'), join(folder, `${slug}_rus.txt`))
    }
    writeFileSync(join(folder, 'broken_kaz.docx'), 'PK\x03\x04 cut')
    copyFileSync(join(CORPUS, SLUG, 'ru.txt'), join(folder, 'broken_rus.txt'))
    writeFileSync(join(folder, 'notes.xlsx'), 'x')
    await page.getByRole('button', { name: 'Import folder…' }).click()
    await page.locator('.dialog').getByLabel('Folder', { exact: true }).fill(folder)
    await page.locator('.dialog').getByLabel('Project', { exact: true }).fill('Folder')
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await expect.poll(() => page.locator('.dialog .result').textContent(), { timeout: 30_000 }).toContain('Finished: 2 imported')
    const text = await page.locator('.dialog').textContent()
    // Findings counted as `stats` counts them, the aligner's notes apart.
    const project = workspace.projects().find((candidate) => candidate.name === 'Folder')!
    const differences = Object.values(workspace.statistics(project.id).findingsByKind).reduce((a, b) => a + b, 0)
    expect(text).toMatch(new RegExp(`2 imported, \\d+ articles, \\d+ sentences, ${differences} findings(, \\d+ alignment notes)? \\(`))
    expect(text).toContain('3 pairs found, 1 files without a pair')
    expect(text).toContain('broken: ')
    expect(text).toContain('the file is cut short or damaged')
    await page.locator('.dialog details summary', { hasText: 'pairs found' }).click()
    expect(await page.locator('.dialog details').first().textContent()).toContain('csto-charter-2002_kaz.txt ⇄ csto-charter-2002_rus.txt')
    await page.locator('.dialog details summary', { hasText: 'files without a pair' }).click()
    await page.screenshot({ path: `${SCREENSHOTS}import-folder.png` })
    // The same lists in the Kazakh interface: why each file failed or stayed alone, in Kazakh.
    await page.locator('.language select').selectOption('kk')
    await expect.poll(() => page.locator('.dialog').textContent()).toContain('broken: ')
    const kazakh = await page.locator('.dialog .file-problems').allTextContents()
    expect(kazakh.join(' ')).toContain('broken: broken_kaz.docx: файл толық емес не бүлінген (zip мазмұны жоқ)')
    expect(kazakh.join(' ')).toContain('Egiz ашпайтын файл (.xlsx)')
    await page.screenshot({ path: `${SCREENSHOTS}import-folder-kk.png` })
    await page.locator('.language select').selectOption('en')
    expect(workspace.alignments().filter((a) => a.project === 'Folder').length).toBe(2)
    await page.getByRole('button', { name: 'Close' }).click()
    await expect.poll(() => page.locator('.documents .document-list li').count()).toBe(4)
    const projects = await page.locator('.documents .project h3').allTextContents()
    expect(projects.map((heading) => heading.split(' ')[0])).toEqual(['Treaties', 'Folder'])
  })

  it('refuses a folder that is not there with a plain message', async () => {
    await page.getByRole('button', { name: 'Import folder…' }).click()
    await page.locator('.dialog').getByLabel('Folder', { exact: true }).fill('/no/such/folder')
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await expect.poll(() => page.locator('.dialog .problem').textContent()).toContain('there is no folder /no/such/folder')
    await page.getByRole('button', { name: 'Close' }).click()
  })

  it('asks before importing the same two files again: open the existing, or import a copy', async () => {
    const pair = (['kk', 'ru'] as const).map((side) => ({ name: `again_${side}.txt`, mimeType: 'text/plain', buffer: readFileSync(join(CORPUS, 'irena-statute-2009', `${side}.txt`)) }))
    const importAgain = async () => {
      await page.getByRole('button', { name: 'Open pair…' }).click()
      await page.getByLabel('Files').setInputFiles(pair)
      await page.getByLabel('Project', { exact: true }).fill('Treaties')
      await page.getByRole('button', { name: 'Import', exact: true }).click()
    }
    await importAgain()
    await expect.poll(() => workspace.alignments().filter((a) => a.kkFile === 'again_kk.txt').length).toBe(1)
    const before = workspace.alignments().length
    await importAgain()
    const prompt = page.locator('.dialog .already-imported')
    await expect.poll(() => prompt.textContent()).toContain('These two files are in this project already')
    await page.screenshot({ path: `${SCREENSHOTS}import-again.png` })
    // The choice has the focus; Enter opens the existing document.
    await expect.poll(() => page.getByRole('button', { name: 'Open it' }).evaluate((button) => button === document.activeElement)).toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
    expect(workspace.alignments().length).toBe(before)
    await importAgain()
    await page.getByRole('button', { name: 'Import a copy' }).click()
    await expect.poll(() => workspace.alignments().length).toBe(before + 1)
    expect(workspace.alignments().some((a) => a.kkFile === 'again_kk (copy 1).txt')).toBe(true)
  })

  it('imports a LibreOffice .odt and a Word 97–2003 .doc chosen in the file picker, numbers and all', async () => {
    const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/libreoffice/${name}`, import.meta.url)))
    await importThroughPicker('.odt', 'Treaties', [
      { name: 'treaties_kz.odt', mimeType: 'application/vnd.oasis.opendocument.text', buffer: fixture('kk.odt') },
      { name: 'treaties_ru.doc', mimeType: 'application/msword', buffer: fixture('ru.doc') },
    ])
    expect(workspace.alignments().at(-1)).toMatchObject({ kkFile: 'treaties_kz.odt', ruFile: 'treaties_ru.doc' })
    // The imported document opens in place of the one shown: its point 4 keeps its number.
    await expect.poll(async () => (await page.locator('[role="row"] [lang="kk"]').allTextContents()).join('\n'), { timeout: 10_000 }).toContain('4) ратификациялау')
  })

  it('imports a page saved by Chromium as a single file (.mhtml) and a web page a website served as .doc', async () => {
    const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/web-archive/${name}`, import.meta.url)))
    await importThroughPicker('.mhtml', 'Pages', [
      { name: 'pages_kz.mhtml', mimeType: 'multipart/related', buffer: fixture('kk.mhtml') },
      { name: 'pages_ru.doc', mimeType: 'application/msword', buffer: fixture('ru.html') },
    ])
    expect(workspace.alignments().at(-1)).toMatchObject({ kkFile: 'pages_kz.mhtml', ruFile: 'pages_ru.doc' })
    // Both read as the pages they are: list numbers as a browser shows them, on both sides.
    await expect.poll(async () => (await page.locator('[role="row"] [lang="kk"]').allTextContents()).join('\n'), { timeout: 10_000 }).toContain('4. ратификациялау')
    await expect.poll(async () => (await page.locator('[role="row"] [lang="ru"]').allTextContents()).join('\n'), { timeout: 10_000 }).toContain('4. ратификация')
  })
})
