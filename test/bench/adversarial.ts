// npm run bench:adversarial — every hostile input (the reproducers in test/fixtures/hostile, plus
// generated ones: bombs, deep nesting, huge counters, bad encodings, truncated and bit-flipped real
// files) through `egiz align`, `egiz import` and the app's import path (the import.paths channel,
// on its worker), each in its own process under a wall-clock and memory watchdog; then pairs long
// on both sides (`-- --pairs`: those alone). Prints how many were read, refused cleanly, crashed,
// hung or went over budget, and the worst time and memory.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildDocx, buildZip, numberingXml, paragraph } from '../helpers/build-docx.ts'
import { buildOdt } from '../helpers/build-odt.ts'
import { buildPdf } from '../helpers/build-pdf.ts'
import { corpusSlugs, plainParagraphs, readPair } from '../helpers/corpus.ts'

const EGIZ = fileURLToPath(new URL('../../bin/egiz.mjs', import.meta.url))
const APP_IMPORT = fileURLToPath(new URL('./adversarial-app-import.ts', import.meta.url))
const HOSTILE = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url))
/** The targets: every input ends within these, read or refused. */
const BUDGET_SECONDS = 10
const BUDGET_KB = 1024 * 1024
/** The watchdog: a run still going after this is counted as hung and killed. */
const HANG_SECONDS = 60

const folder = mkdtempSync(join(tmpdir(), 'egiz-adversarial-'))
const inputs = join(folder, 'inputs')
mkdirSync(inputs)
const RUSSIAN = join(HOSTILE, 'ru.txt')

let seed = 20261204
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)

function write(name: string, bytes: Uint8Array | string): string {
  const path = join(inputs, name)
  writeFileSync(path, bytes)
  return path
}

const ODT_DECIMAL_LIST = '<text:list-style style:name="L"><text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="1"/></text:list-style>'

/** Real documents in every format, made from a corpus text, to truncate and bit-flip. */
function realFiles(): Record<string, Uint8Array> {
  const text = readPair('kz-fi-investment-bit-1992').kk
  const paragraphs = plainParagraphs(text)
  const html = `<!doctype html><html><head><meta charset="utf-8"></head><body>${paragraphs.map((p) => `<p>${p.replace(/[<&]/g, ' ')}</p>`).join('')}</body></html>`
  const rtf = `{\\rtf1\\ansi\\ansicpg1251${paragraphs.map((p) => `${[...p].map((c) => (c.charCodeAt(0) > 127 ? `\\u${c.charCodeAt(0)}?` : c.replace(/[\\{}]/g, ' '))).join('')}\\par `).join('')}}`
  const pdfLines = paragraphs.slice(0, 40).map((p, k) => ({ text: p.slice(0, 60), x: 60, y: 800 - (k % 40) * 18 }))
  return {
    'real.txt': new TextEncoder().encode(text),
    'real.docx': buildDocx({ body: paragraphs.map((p) => paragraph(p)) }),
    'real.doc': readFileSync(fileURLToPath(new URL('../fixtures/libreoffice/ru.doc', import.meta.url))),
    'real95.doc': readFileSync(fileURLToPath(new URL('../fixtures/word6/word95err.doc', import.meta.url))),
    'real.odt': buildOdt(`<text:list text:style-name="L">${paragraphs.map((p) => `<text:list-item><text:p>${p.replace(/[<&]/g, ' ')}</text:p></text:list-item>`).join('')}</text:list>`, { automaticStyles: ODT_DECIMAL_LIST }),
    'real.html': new TextEncoder().encode(html),
    'real.rtf': new TextEncoder().encode(rtf),
    'real.pdf': buildPdf([pdfLines]),
    'real.mhtml': webArchive(new TextEncoder().encode(html)),
  }
}

/** A page saved as a single file, its HTML base64 as some savers write it. */
function webArchive(page: Uint8Array, boundary = 'b'): Uint8Array {
  const header = `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="${boundary}"\r\n\r\n--${boundary}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n`
  return new TextEncoder().encode(`${header}${Buffer.from(page).toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n--${boundary}--\r\n`)
}

function generated(): string[] {
  const made: string[] = []
  for (const [name, bytes] of Object.entries(realFiles())) {
    const [stem, extension] = name.split('.')
    for (const share of [0.1, 0.5, 0.9]) made.push(write(`${stem}-cut${share * 100}.${extension}`, bytes.subarray(0, Math.floor(bytes.length * share))))
    for (let round = 0; round < 3; round++) {
      const flipped = Uint8Array.from(bytes)
      for (let k = 0; k < 20; k++) flipped[Math.floor(random() * flipped.length)]! ^= 1 << Math.floor(random() * 8)
      made.push(write(`${stem}-flipped${round}.${extension}`, flipped))
    }
  }
  const deepHtml = `<html><body>${'<div>'.repeat(100_000)}Келісім${'</div>'.repeat(100_000)}</body></html>`
  made.push(write('deep-divs.html', deepHtml))
  made.push(write('unclosed-comments.html', `<html><body>${'<!-- '.repeat(50_000)}<p>Келісім</p></body></html>`))
  const tinyParts = Array.from({ length: 200_000 }, () => '--b\r\nContent-Type: image/png\r\n\r\nAA\r\n').join('')
  made.push(write('many-parts.mhtml', `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n${tinyParts}--b\r\nContent-Type: text/html\r\n\r\n<p>Келісім</p>\r\n--b--\r\n`))
  const nesting = Array.from({ length: 50_000 }, (_, k) => `Content-Type: multipart/related; boundary="n${k}"\r\n\r\n--n${k}\r\n`).join('')
  made.push(write('nested-parts.mhtml', `MIME-Version: 1.0\r\n${nesting}Content-Type: text/html\r\n\r\n<p>Келісім</p>\r\n`))
  made.push(write('long-line.mhtml', `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n${'A'.repeat(60_000_000)}\r\n--b--\r\n`))
  made.push(write('equals.mht', `MIME-Version: 1.0\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>${'=3D='.repeat(2_000_000)}</p>`))
  made.push(write('boundary-everywhere.mht', `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="${'x'.repeat(70)}"\r\n\r\n${`\n--${'x'.repeat(69)}`.repeat(100_000)}`))
  made.push(write('deep-groups.rtf', `{\\rtf1 ${'{'.repeat(200_000)}Hello${'}'.repeat(200_000)}}`))
  made.push(write('uc-huge.rtf', `{\\rtf1 \\uc2000000000 \\u1179 ${'Келісім '.repeat(1000)}}`))
  made.push(write('letters-counter.docx', buildDocx({ body: Array.from({ length: 5000 }, () => paragraph('Тармақ', { list: { numId: 1 } })), numbering: numberingXml([{ levels: [{ format: 'lowerLetter', text: '%1)' }], restartAt: 2147483647 }]) })))
  made.push(write('spaces.odt', buildOdt(`<text:p>${'<text:s text:c="1000000"/>'.repeat(40_000)}</text:p>`)))
  made.push(write('deep-lists.odt', buildOdt(`${'<text:list><text:list-item>'.repeat(5_000)}<text:p>Тармақ</text:p>${'</text:list-item></text:list>'.repeat(5_000)}`, { automaticStyles: ODT_DECIMAL_LIST })))
  made.push(write('continued-lists.odt', buildOdt(Array.from({ length: 20_000 }, (_, k) => `<text:list xml:id="l${k}"${k > 0 ? ` text:continue-list="l${k - 1}"` : ''} text:style-name="L"><text:list-item><text:p>Тармақ</text:p></text:list-item></text:list>`).join(''), { automaticStyles: ODT_DECIMAL_LIST })))
  // 5,000 altChunks naming one 60 KB page, and chunks of .docx nested as deep as they go.
  const chunkRels = Array.from({ length: 5_000 }, (_, k) => `<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk.htm" Id="c${k}"/>`).join('')
  made.push(write('chunk-refs.docx', buildZip({
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'word/document.xml': `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="r"><w:body>${Array.from({ length: 5_000 }, (_, k) => `<w:altChunk r:id="c${k}"/>`).join('')}</w:body></w:document>`,
    'word/_rels/document.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${chunkRels}</Relationships>`,
    'word/afchunk.htm': `<html><body>${'<p>Тараптар ынтымақтасады.</p>'.repeat(2_000)}</body></html>`,
  })))
  made.push(write('many-parts.docx', buildZip(Object.fromEntries(Array.from({ length: 2000 }, (_, k) => [`word/part${k}.xml`, 'x'.repeat(60_000)])))))
  // The Kazakh corpus typed with a Latin y for у and ү: thousands of words each ask whether their у or ү reading occurs elsewhere.
  const latinY = corpusSlugs().map((slug) => readPair(slug).kk.replace(/[уү]/g, 'y').replace(/[УҮ]/g, 'Y')).join('\n\n')
  made.push(write('latin-y.txt', Array.from({ length: 4 }, () => latinY).join('\n\n')))
  made.push(write('random.txt', Uint8Array.from({ length: 200_000 }, () => Math.floor(random() * 256))))
  made.push(write('zeros.txt', new Uint8Array(1_000_000)))
  made.push(write('one-line.txt', 'Келісім '.repeat(2_000_000)))
  made.push(write('utf16be-nobom.txt', Buffer.from(Buffer.from(readPair('kz-fi-investment-bit-1992').kk, 'utf16le').swap16())))
  made.push(...textShapes())
  return made
}

/**
 * Texts that read well but take the aligner's structures to their sizes: one article of 100,000
 * points the other version lacks (every one unpaired, each judged and checked), 60,000 articles in
 * order and reversed, 100,000 sentences in one article, a million spaced letters on one line, a
 * justified line of 300,000 words.
 */
function textShapes(): string[] {
  const numbers = (count: number) => Array.from({ length: count }, (_, k) => k + 1)
  const words = ['Келісім', 'Тараптар', 'ынтымақтасады', 'және', 'туралы', 'мемлекет']
  const letters = 'абвгдежзийклмнопрстуфхцчшщыэюяәғқңөұүһі'
  return [
    write('points-one-article.txt', `1-бап Міндеттемелер\n${numbers(100_000).map((k) => `${k}. Тараптың ${k}-міндеттемесі;`).join('\n')}`),
    write('articles-in-order.txt', numbers(60_000).map((k) => `${k}-бап Атауы\nМәтін ${k}.`).join('\n\n')),
    write('articles-reversed.txt', numbers(60_000).reverse().map((k) => `${k}-бап Атауы\nМәтін ${k}.`).join('\n\n')),
    write('sentences-one-article.txt', `1-бап\n${numbers(100_000).map((k) => `Сөйлем ${k} аяқталды.`).join(' ')}`),
    write('spaced-letters.txt', Array.from({ length: 1_000_000 }, (_, k) => letters[(k * 7) % letters.length]).join(' ')),
    write('justified-line.txt', Array.from({ length: 300_000 }, (_, k) => words[k % words.length]).join('  ')),
  ]
}

/**
 * Pairs whose two sides are both long, for what only a long pair reaches: the article programme
 * when the two versions run in different orders or one has one article where the other has
 * thousands, the sentence programme inside one huge article, the checks comparing long lists of
 * references, numbers and dates, and long runs of one token (spaces, hyphened numbers, a list with
 * no reference word) that a pattern could read again from each of its items.
 */
function pairShapes(): Array<{ name: string; kk: string; ru: string }> {
  const numbers = (count: number) => Array.from({ length: count }, (_, k) => k + 1)
  const ruSentence = 'Стороны осуществляют сотрудничество в соответствии с настоящим Соглашением'
  const kkSentence = 'Тараптар осы Келісімге сәйкес ынтымақтасады'
  const inOneSentence = (body: string): [string, string] => [`1-бап\n${kkSentence} ${body} және келісті.`, `Статья 1\n${ruSentence} ${body} и договорились.`]
  const kkMonths = ['қаңтар', 'ақпан', 'наурыз', 'сәуір']
  const ruMonths = ['января', 'февраля', 'марта', 'апреля']
  const shapes: Record<string, [string, string]> = {
    'points-both': [`1-бап Міндеттемелер\n${numbers(30_000).map((k) => `${k}. Тараптың ${k}-міндеттемесі;`).join('\n')}`, `Статья 1 Обязательства\n${numbers(30_000).map((k) => `${k}. Обязательство стороны ${k};`).join('\n')}`],
    // 10,000 took 76 s and 1.9 GB before the article programme's band was bounded.
    'articles-reversed-other-side': [numbers(10_000).map((k) => `${k}-бап Атауы\n${kkSentence} ${k}.`).join('\n\n'), numbers(10_000).reverse().map((k) => `Статья ${k} Название\n${ruSentence} ${k}.`).join('\n\n')],
    'articles-against-one': [numbers(20_000).map((k) => `${k}-бап Атауы\n${kkSentence} ${k}.`).join('\n\n'), `Статья 1 Название\n${numbers(20_000).map((k) => `${ruSentence} ${k}.`).join(' ')}`],
    'same-number-articles': [numbers(20_000).map(() => `1-бап\n${kkSentence}.`).join('\n\n'), numbers(20_000).map(() => `Статья 1\n${ruSentence}.`).join('\n\n')],
    'sentences-both': [`1-бап\n${numbers(30_000).map((k) => `${kkSentence} ${k}.`).join(' ')}`, `Статья 1\n${numbers(30_000).map((k) => `${ruSentence} ${k % 997}.`).join(' ')}`],
    'paragraphs-both': [numbers(30_000).map((k) => `${kkSentence} ${k}`).join('\n\n'), numbers(30_000).map((k) => `${ruSentence} ${k % 997}`).join('\n\n')],
    'references-against-numbers': [`1-бап\n${kkSentence} ${numbers(20_000).map((k) => `${k}-баптың`).join(', ')}.`, `Статья 1\n${ruSentence} ${numbers(20_000).map((k) => String(k * 7)).join(', ')}.`],
    'dates-both': [`1-бап\n${kkSentence} ${numbers(30_000).map((k) => `${1990 + (k % 30)} жылғы ${(k % 28) + 1} ${kkMonths[k % 4]}`).join(', ')}.`, `Статья 1\n${ruSentence} ${numbers(30_000).map((k) => `${(k % 28) + 1} ${ruMonths[(k + 1) % 4]} ${1990 + (k % 30)} года`).join(', ')}.`],
    'no-punctuation': [Array.from({ length: 300_000 }, (_, k) => ['Келісім', 'тараптар', 'мемлекет'][k % 3]).join(' '), Array.from({ length: 300_000 }, (_, k) => ['Соглашение', 'стороны', 'государство'][k % 3]).join(' ')],
    'lines-against-paragraph': [numbers(60_000).map((k) => `${kkSentence} ${k}`).join('\n'), numbers(60_000).map((k) => `${ruSentence} ${k}`).join(' ')],
    'run-of-spaces': inOneSentence(' '.repeat(1_000_000)),
    'run-of-tabs': inOneSentence('\t'.repeat(1_000_000)),
    'run-of-no-break-spaces': inOneSentence('\u00A0'.repeat(1_000_000)),
    'run-of-line-separators': inOneSentence('\u2028'.repeat(1_000_000)),
    'hyphened-numbers': inOneSentence('1-'.repeat(100_000)),
    'number-list': inOneSentence(numbers(100_000).join(', ')),
  }
  return Object.entries(shapes).map(([name, [kk, ru]]) => ({ name, kk: write(`${name}.kk.txt`, kk), ru: write(`${name}.ru.txt`, ru) }))
}

interface Run {
  file: string
  path: string
  outcome: 'read' | 'refused' | 'crashed' | 'hung' | 'over budget'
  seconds: number
  kilobytes: number
  note: string
}

function run(file: string, path: string, args: string[]): Run {
  // The watchdog is `timeout`, killing Egiz itself: a command stuck in one long computation cannot
  // run its signal handlers, and a signal to /usr/bin/time alone would leave it running.
  const watched = ['-f', '%e %M', 'timeout', '-s', 'KILL', String(HANG_SECONDS), process.execPath, ...args]
  const result = spawnSync('/usr/bin/time', watched, { encoding: 'utf8', timeout: (HANG_SECONDS + 30) * 1000, maxBuffer: 256 * 1024 * 1024 })
  const lines = (result.stderr ?? '').trim().split('\n')
  const measured = /^(\d+(?:\.\d+)?) (\d+)$/.exec(lines[lines.length - 1] ?? '')
  const seconds = measured ? Number(measured[1]) : HANG_SECONDS
  const kilobytes = measured ? Number(measured[2]) : 0
  const messages = lines.slice(0, measured ? -1 : undefined).filter((line) => !/^Command exited with non-zero status/.test(line))
  let outcome: Run['outcome']
  // 137 at the watchdog's time: killed by it (sooner: killed by something else, a crash).
  if (result.signal || result.error || (result.status === 137 && seconds >= HANG_SECONDS)) outcome = 'hung'
  else if (messages.some((line) => /^\s+at /.test(line)) || ![0, 2].includes(result.status ?? -1)) outcome = 'crashed'
  else if (seconds > BUDGET_SECONDS || kilobytes > BUDGET_KB) outcome = 'over budget'
  else outcome = result.status === 0 ? 'read' : 'refused'
  return { file, path, outcome, seconds, kilobytes, note: messages.find((line) => line.startsWith('egiz')) ?? messages[0] ?? '' }
}

const hostile = readdirSync(HOSTILE).filter((name) => !/^(ru\.txt|README\.md|inj_|esc_)/.test(name)).map((name) => join(HOSTILE, name))
// Each hostile file against one ordinary Russian text, then the pairs long on both sides (alone with --pairs).
const cases = process.argv.includes('--pairs') ? [] : [...hostile, ...generated()].map((file) => ({ name: file.slice(file.lastIndexOf('/') + 1), kk: file, ru: RUSSIAN }))
const pairs = pairShapes()
const runs: Run[] = []
for (const { name, kk, ru } of [...cases, ...pairs]) {
  const db = join(folder, `${name}.sqlite`)
  const tmx = name.endsWith('.tmx')
  // A pair long on both sides is aligned sentence by sentence too, its pairs written as JSON.
  const alignOptions = ru === RUSSIAN ? ['--level', 'article'] : ['--level', 'sentence', '--format', 'json', '-o', join(folder, `${name}.json`)]
  runs.push(run(name, 'align', [EGIZ, 'align', kk, ru, ...alignOptions]))
  runs.push(run(name, 'import', tmx ? [EGIZ, 'import', kk, '--db', db] : [EGIZ, 'import', kk, ru, '--db', db]))
  if (!tmx) runs.push(run(name, 'app import', [APP_IMPORT, join(folder, `${name}.app.sqlite`), kk, ru]))
  // What a translator does next with a long pair: its TMX (every pair, whatever its status) and its terms.
  if (ru !== RUSSIAN) {
    runs.push(run(name, 'export', [EGIZ, 'export', '--format', 'tmx', '--status', 'all', '--db', db, '-o', join(folder, `${name}.tmx`)]))
    runs.push(run(name, 'terms', [EGIZ, 'terms', '--db', db]))
  }
}

const outcomes: Run['outcome'][] = ['read', 'refused', 'crashed', 'hung', 'over budget']
const generatedCount = cases.length - cases.filter((c) => c.kk.startsWith(HOSTILE)).length
console.log(`Hostile inputs: ${cases.length} files (${cases.length - generatedCount} reproducers, ${generatedCount} generated) against one Russian text, and ${pairs.length} pairs long on both sides; ${runs.length} runs through egiz align, egiz import and the app's import path (and, for the pairs, export and terms).`)
console.log(`Budget per run: ${BUDGET_SECONDS} s and ${BUDGET_KB / 1024} MB of memory (watchdog at ${HANG_SECONDS} s).\n`)
console.log(`path          tried  ${outcomes.map((o) => o.padStart(11)).join(' ')}`)
for (const path of ['align', 'import', 'app import', 'export', 'terms']) {
  const mine = runs.filter((r) => r.path === path)
  console.log(`${path.padEnd(12)} ${String(mine.length).padStart(6)}  ${outcomes.map((o) => String(mine.filter((r) => r.outcome === o).length).padStart(11)).join(' ')}`)
}
console.log(`${'all'.padEnd(12)} ${String(runs.length).padStart(6)}  ${outcomes.map((o) => String(runs.filter((r) => r.outcome === o).length).padStart(11)).join(' ')}`)
const slowest = runs.reduce((a, b) => (b.seconds > a.seconds ? b : a))
const largest = runs.reduce((a, b) => (b.kilobytes > a.kilobytes ? b : a))
console.log(`\nslowest: ${slowest.seconds.toFixed(2)} s (${slowest.file}, ${slowest.path}); most memory: ${(largest.kilobytes / 1024).toFixed(0)} MB (${largest.file}, ${largest.path})`)
const bad = runs.filter((r) => r.outcome === 'crashed' || r.outcome === 'hung' || r.outcome === 'over budget')
if (bad.length > 0) console.log(`\nNot within target:\n${bad.map((r) => `  ${r.outcome.padEnd(11)} ${r.path.padEnd(10)} ${r.file}: ${r.seconds} s, ${Math.round(r.kilobytes / 1024)} MB — ${r.note.slice(0, 160)}`).join('\n')}`)
console.log(`\nTarget: every input read or refused cleanly, none over ${BUDGET_SECONDS} s or ${BUDGET_KB / 1024 / 1024} GB.`)
// The generated inputs and the workspaces of the runs, hundreds of megabytes: kept only to look into a run that missed.
if (bad.length === 0) rmSync(folder, { recursive: true, force: true })
else console.log(`The inputs and workspaces are kept in ${folder}.`)
