// The corpus pairs converted to the files translators open, by the programs that make them:
// pandoc (.docx, .html, .rtf), LibreOffice (.odt, .doc, PDF and "Save as HTML" of the .docx), Chromium
// ("Print to PDF" and "Save as Webpage, Single File" of the HTML), LibreOffice's page under a .doc
// name (as websites serve pages), poppler's pdftotext of the LibreOffice and the Chromium PDF (also printed with Chromium's header and footer), and the two code pages. Converted once into test-artifacts/formats
// and reused while the source is unchanged. Needs Debian's pandoc, libreoffice-writer-nogui and
// chromium; a format whose program is missing is reported as unavailable, not skipped silently.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { KZ_1048_HIGH, WINDOWS_1251_HIGH } from '../../aligner/text/codepages.ts'
import { CORPUS, stripAnchors } from './corpus.ts'

export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/formats/', import.meta.url))
const SAVE_WEB_ARCHIVE = fileURLToPath(new URL('./save-web-archive.ts', import.meta.url))

export type Side = 'kk' | 'ru'

export interface FormatKind {
  name: string
  /** The format this one is converted from, when not the .txt: what a reader of it should match. */
  from?: string
  /** The program that makes it, for the "unavailable" line. */
  program: string
  extension: string
  /** Writes `target` for one side from the side's files made so far; throws when the program fails. */
  make: (side: Side, directory: string, target: string) => void
}

const run = (command: string, args: string[], cwd?: string) => execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 })

export const FORMAT_KINDS: FormatKind[] = [
  { name: 'txt', program: '', extension: 'txt', make: () => {} },
  {
    name: 'codepage',
    program: '',
    extension: 'txt',
    make: (side, directory, target) => writeFileSync(target, encodeSingleByte(readFileSync(join(directory, `${side}.txt`), 'utf8'), side === 'kk' ? KZ_1048_HIGH : WINDOWS_1251_HIGH)),
  },
  // What Word's or pandoc's "save as plain text" gives: one paragraph per line, no markup.
  { name: 'plain', program: 'pandoc', extension: 'txt', make: (side, directory, target) => run('pandoc', ['-f', 'markdown', '-t', 'plain', '--wrap=none', '-o', target, join(directory, `${side}.txt`)]) },
  { name: 'docx', program: 'pandoc', extension: 'docx', make: (side, directory, target) => run('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', target, join(directory, `${side}.txt`)]) },
  { name: 'html', program: 'pandoc', extension: 'html', make: (side, directory, target) => run('pandoc', ['-s', '-f', 'markdown', '-t', 'html', '--metadata', `pagetitle=${side}`, '-o', target, join(directory, `${side}.txt`)]) },
  { name: 'rtf', program: 'pandoc', extension: 'rtf', make: (side, directory, target) => run('pandoc', ['-s', '-f', 'markdown', '-t', 'rtf', '-o', target, join(directory, `${side}.txt`)]) },
  // A Word document as Word itself writes one (runs merged), where pandoc's splits runs at quotes.
  { name: 'lo-docx', from: 'html', program: 'soffice', extension: 'docx', make: (side, directory, target) => libreOffice(join(directory, 'html', `${side}.html`), 'docx', target) },
  // LibreOffice's own format, as a translator who opened the .docx in Writer saves it.
  { name: 'odt', from: 'docx', program: 'soffice', extension: 'odt', make: (side, directory, target) => libreOffice(join(directory, 'docx', `${side}.docx`), 'odt', target) },
  // Word 97–2003's format as LibreOffice writes it (Writer's own reading of these files restarts some lists).
  { name: 'doc', from: 'docx', program: 'soffice', extension: 'doc', make: (side, directory, target) => libreOffice(join(directory, 'docx', `${side}.docx`), 'doc', target) },
  // Rich text as Word and Writer write it: list numbers in \\listtext groups, text in the document's code page.
  { name: 'lo-rtf', from: 'docx', program: 'soffice', extension: 'rtf', make: (side, directory, target) => libreOffice(join(directory, 'docx', `${side}.docx`), 'rtf', target) },
  { name: 'lo-html', from: 'docx', program: 'soffice', extension: 'html', make: (side, directory, target) => libreOffice(join(directory, 'docx', `${side}.docx`), 'html', target) },
  { name: 'pdf-lo', from: 'docx', program: 'soffice', extension: 'pdf', make: (side, directory, target) => libreOffice(join(directory, 'docx', `${side}.docx`), 'pdf', target) },
  // A page saved "as a single file" (Chrome's Webpage, Single File): an .mhtml archive.
  {
    name: 'mhtml',
    from: 'html',
    program: 'chromium',
    extension: 'mhtml',
    make: (side, directory, target) => run(process.execPath, [SAVE_WEB_ARCHIVE, join(directory, 'html', `${side}.html`), target]),
  },
  // A web page that a website serves, or Word saves, under a .doc name.
  { name: 'html-as-doc', from: 'lo-html', program: 'soffice', extension: 'doc', make: (side, directory, target) => writeFileSync(target, readFileSync(join(directory, 'lo-html', `${side}.html`))) },
  // The text of the LibreOffice PDF as poppler's pdftotext writes it: laid-out lines, a form feed between pages.
  { name: 'pdftotext', from: 'pdf-lo', program: 'pdftotext', extension: 'txt', make: (side, directory, target) => run('pdftotext', ['-enc', 'UTF-8', join(directory, 'pdf-lo', `${side}.pdf`), target]) },
  {
    name: 'pdf-chromium',
    from: 'html',
    program: 'chromium',
    extension: 'pdf',
    make: (side, directory, target) => run('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${target}`, `file://${join(directory, 'html', `${side}.html`)}`]),
  },
  // The same copied out of Chromium's PDF: another typesetter, its own fonts, widths and title size.
  { name: 'pdftotext-chromium', from: 'pdf-chromium', program: 'pdftotext', extension: 'txt', make: (side, directory, target) => run('pdftotext', ['-enc', 'UTF-8', join(directory, 'pdf-chromium', `${side}.pdf`), target]) },
  // The copied text pasted into Word: each printed line a paragraph (LibreOffice opens a text file so, and saves it as .docx).
  { name: 'pdftotext-docx', from: 'pdftotext', program: 'soffice', extension: 'docx', make: (side, directory, target) => libreOffice(join(directory, 'pdftotext', `${side}.txt`), 'docx', target) },
  // Printed with Chromium's own header and footer (the date, the title, the address, page n/m), as a browser prints by default.
  {
    name: 'pdf-chromium-pages',
    from: 'html',
    program: 'chromium',
    extension: 'pdf',
    make: (side, directory, target) => run('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${target}`, `file://${join(directory, 'html', `${side}.html`)}`]),
  },
  // Its text as pdftotext writes it: each page's header and footer among the lines, a form feed between pages.
  { name: 'pdftotext-pages', from: 'pdf-chromium-pages', program: 'pdftotext', extension: 'txt', make: (side, directory, target) => run('pdftotext', ['-enc', 'UTF-8', join(directory, 'pdf-chromium-pages', `${side}.pdf`), target]) },
]

/** The file of one side of a corpus pair in one format, converted now if it is missing or stale. */
export function convertedFile(slug: string, kind: FormatKind, side: Side): string {
  const directory = join(ARTIFACTS, slug)
  const source = join(directory, `${side}.txt`)
  const original = join(CORPUS, slug, `${side}.txt`)
  if (!existsSync(source) || statSync(source).mtimeMs < statSync(original).mtimeMs) {
    mkdirSync(directory, { recursive: true })
    writeFileSync(source, stripAnchors(readFileSync(original, 'utf8')).text)
  }
  if (kind.name === 'txt') return source
  const target = join(directory, kind.name, `${side}.${kind.extension}`)
  if (existsSync(target) && statSync(target).mtimeMs >= statSync(source).mtimeMs) return target
  mkdirSync(join(directory, kind.name), { recursive: true })
  // LibreOffice and Chromium convert what pandoc made.
  if (kind.from) convertedFile(slug, kindNamed(kind.from), side)
  kind.make(side, directory, target)
  return target
}

export function kindNamed(name: string): FormatKind {
  const kind = FORMAT_KINDS.find((candidate) => candidate.name === name)
  if (!kind) throw new Error(`no format ${name}`)
  return kind
}

/** Whether the program a format needs is on this machine. */
export function available(kind: FormatKind): boolean {
  if (kind.program === '') return true
  try {
    execFileSync('sh', ['-c', `command -v ${kind.program}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** LibreOffice writes <name>.<extension> into a folder: convert in a private profile, then move. */
function libreOffice(input: string, extension: string, target: string): void {
  const out = join(target, '..')
  const profile = join(ARTIFACTS, '.libreoffice-profile')
  // A web page opens in Writer/Web unless told otherwise, and Writer/Web cannot save a .docx.
  const filters = input.endsWith('.html') ? ['--infilter=HTML (StarWriter)', '--convert-to', extension === 'docx' ? 'docx:MS Word 2007 XML' : extension] : ['--convert-to', extension]
  run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...filters, '--outdir', out, input])
  const written = join(out, `${input.replace(/^.*\//, '').replace(/\.[^.]+$/, '')}.${extension}`)
  if (written !== target) writeFileSync(target, readFileSync(written))
}

/** Encodes text in a single-byte code page given its upper half; a character it lacks is an error. */
function encodeSingleByte(text: string, high: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  let length = 0
  for (const character of text) {
    const code = character.codePointAt(0)!
    const at = code < 0x80 ? code : high.indexOf(character) >= 0 ? 0x80 + high.indexOf(character) : -1
    if (at < 0) throw new Error(`the code page has no ${character} (U+${code.toString(16)})`)
    bytes[length++] = at
  }
  return bytes.subarray(0, length)
}
