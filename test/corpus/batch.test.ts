import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import { nameLanguage, planFolder, titleNumbers } from '../../corpus/batch/pairing.ts'
import { analyseOffThread, CANCELLED_IMPORT, runBatch, type BatchProgress } from '../../corpus/batch/runner.ts'
import type { WorkerReply, WorkerTask } from '../../corpus/batch/worker.ts'
import { endWorker, startWorker } from '../../corpus/batch/worker-threads.ts'
import { Workspace } from '../../corpus/workspace.ts'
import { DEFAULT_EXPORT_OPTIONS } from '../../aligner/tmx/export.ts'
import { CORPUS } from '../helpers/corpus.ts'
import { buildDocx, paragraph } from '../helpers/build-docx.ts'

const open: Workspace[] = []
afterEach(() => open.splice(0).forEach((workspace) => workspace.close()))

function workspace(dir: string): Workspace {
  const opened = Workspace.open(join(dir, 'w.sqlite'))
  if (!opened.ok) throw new Error(opened.reason)
  open.push(opened.workspace)
  return opened.workspace
}

/** A folder as translators have them: names in several styles, one pair named by nothing, strays. */
function folderOfAgreements(): string {
  const dir = mkdtempSync(join(tmpdir(), 'egiz-batch-'))
  const from = (slug: string, language: string) => join(CORPUS, slug, `${language}.txt`)
  copyFileSync(from('kz-fi-investment-bit-1992', 'kk'), join(dir, 'finland_kaz.txt'))
  copyFileSync(from('kz-fi-investment-bit-1992', 'ru'), join(dir, 'finland_rus.txt'))
  mkdirSync(join(dir, 'sub'))
  copyFileSync(from('csto-charter-2002', 'kk'), join(dir, 'sub', 'KK-csto.md'))
  copyFileSync(from('csto-charter-2002', 'ru'), join(dir, 'sub', 'RU-csto.md'))
  copyFileSync(from('central-asia-hydromet-1999', 'kk'), join(dir, 'document-17.txt'))
  copyFileSync(from('central-asia-hydromet-1999', 'ru'), join(dir, 'document-18.txt'))
  copyFileSync(from('kz-ibrd-grant-letter-2003', 'ru'), join(dir, 'letter.txt'))
  writeFileSync(join(dir, 'grant_kz.docx'), buildDocx({ body: [paragraph('Мәтін')] }).subarray(0, 40))
  copyFileSync(from('kz-ibrd-grant-letter-2003', 'ru'), join(dir, 'grant_ru.txt'))
  writeFileSync(join(dir, 'photo.jpg'), 'not a document')
  return dir
}

describe('pairing the files of a folder', () => {
  it('reads the language from the name in its usual spellings', () => {
    expect(nameLanguage('/a/Agreement_KZ.docx')).toEqual({ language: 'kk', stem: 'agreement' })
    expect(nameLanguage('/a/agreement-rus.pdf')).toEqual({ language: 'ru', stem: 'agreement' })
    expect(nameLanguage('/a/ru.txt')).toEqual({ language: 'ru', stem: '' })
    expect(nameLanguage('/a/kz-fi-treaty_kk.txt')).toEqual({ language: 'kk', stem: 'kz_fi_treaty' })
    expect(nameLanguage('/a/kursk.txt').language).toBeNull()
    expect(nameLanguage('/a/RU kz-fi 10.docx')).toEqual({ language: 'ru', stem: 'kz_fi_10' })
    expect(nameLanguage('/a/KK kz-fi 10.docx')).toEqual({ language: 'kk', stem: 'kz_fi_10' })
    expect(nameLanguage('/a/kk_ru_glossary.txt').language).toBeNull()
  })

  it('takes numbers from the title for matching by content', () => {
    expect([...titleNumbers('Соглашение от 17 июня 1999 года № 05')]).toEqual(['17', '1999', '5'])
  })

  it('pairs by name, then by content, and says why the rest stay alone', async () => {
    const dir = folderOfAgreements()
    const planned = await planFolder(dir)
    if (!planned.ok) throw new Error(planned.reason)
    const pairs = planned.plan.pairs.map((pair) => [pair.kk.slice(dir.length + 1), pair.ru.slice(dir.length + 1), pair.by])
    expect(pairs).toEqual([
      ['document-17.txt', 'document-18.txt', 'content'],
      ['finland_kaz.txt', 'finland_rus.txt', 'name'],
      ['grant_kz.docx', 'grant_ru.txt', 'name'],
      ['sub/KK-csto.md', 'sub/RU-csto.md', 'name'],
    ])
    expect(planned.plan.unpaired.map((file) => [file.path.slice(dir.length + 1), file.reason])).toEqual([
      ['letter.txt', expect.stringContaining('no Kazakh file with the same name or with the same dates')],
      ['photo.jpg', expect.stringContaining('not a document Egiz opens (.jpg)')],
    ])
  })

  it('says what it left out of the folder and why: links, pipes, hidden and too deep folders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'egiz-batch-odd-'))
    copyFileSync(join(CORPUS, 'kz-fi-investment-bit-1992', 'kk.txt'), join(dir, 'treaty_kz.txt'))
    symlinkSync(join(dir, 'treaty_kz.txt'), join(dir, 'treaty_ru.txt'))
    expect(spawnSync('mkfifo', [join(dir, 'pipe_ru.txt')]).status).toBe(0)
    mkdirSync(join(dir, '.hidden'))
    const deep = join(dir, ...Array.from({ length: 10 }, (_, k) => `level${k}`))
    mkdirSync(deep, { recursive: true })
    writeFileSync(join(deep, 'deep_kz.txt'), 'x')
    const planned = await planFolder(dir)
    if (!planned.ok) throw new Error(planned.reason)
    const reasons = Object.fromEntries(planned.plan.unpaired.map((file) => [file.path.slice(dir.length + 1), file.reason]))
    expect(reasons['treaty_ru.txt']).toContain('a symbolic link')
    expect(reasons['pipe_ru.txt']).toContain('not a regular file')
    expect(reasons['.hidden']).toContain('a hidden folder')
    expect(Object.entries(reasons).find(([path]) => path.endsWith('level8'))?.[1]).toContain('more than 8 levels deep')
  })

  it('refuses a path that is not a folder', async () => {
    expect(await planFolder('/nonexistent/egiz')).toEqual({ ok: false, reason: expect.stringContaining('there is no folder') })
  })
})

describe('running a batch', () => {
  it('imports every good pair on worker threads, reports the broken one, and sums up', async () => {
    const dir = folderOfAgreements()
    const planned = await planFolder(dir)
    if (!planned.ok) throw new Error(planned.reason)
    const ws = workspace(dir)
    const seen: BatchProgress[] = []
    const summary = await runBatch(ws, planned.plan, { project: 'Folder', workers: 2, onProgress: (p) => seen.push(p) })
    expect([summary.imported, summary.failed, summary.skipped, summary.interrupted]).toEqual([3, 1, 0, false])
    expect(summary.outcomes.find((o) => o.status === 'failed')?.reason).toContain('grant_kz.docx: the file is cut short or damaged')
    expect(summary.articlePairs).toBeGreaterThan(40)
    expect(summary.sentencePairs).toBeGreaterThan(summary.articlePairs)
    expect(Object.values(summary.findingsByKind).reduce((a, b) => a + b, 0)).toBeGreaterThan(0)
    expect(seen.map((p) => p.done)).toEqual([1, 2, 3, 4])
    expect(seen.at(-1)!.remainingMs).toBe(0)
    expect(ws.alignments().length).toBe(3)
  })

  it('stops when interrupted and, run again, imports only what is left', async () => {
    const dir = folderOfAgreements()
    const planned = await planFolder(dir)
    if (!planned.ok) throw new Error(planned.reason)
    const ws = workspace(dir)
    const controller = new AbortController()
    const first = await runBatch(ws, planned.plan, { project: 'Folder', workers: 1, signal: controller.signal, onProgress: () => controller.abort() })
    expect(first.interrupted).toBe(true)
    expect(first.outcomes.length).toBe(1)
    const second = await runBatch(ws, planned.plan, { project: 'Folder', workers: 1 })
    expect([second.skipped, second.imported + second.failed, second.interrupted]).toEqual([first.imported, 4 - first.imported, false])
    expect(ws.alignments().length).toBe(3)
  })
})

describe('a batch that commits its pairs in groups (the command line)', () => {
  /** Every pair's [Kazakh, Russian] text the concordance finds for a term, in a stable order. */
  const found = (ws: Workspace, term: string) =>
    ws
      .concordance(term, { limit: 5000 })
      .hits.map((hit) => [hit.pair.kk.text, hit.pair.ru.text].join(' | '))
      .sort()

  it('stores and indexes what a batch committing each pair stores, and tells each outcome once', async () => {
    const dir = folderOfAgreements()
    const planned = await planFolder(dir)
    if (!planned.ok) throw new Error(planned.reason)
    const one = workspace(mkdtempSync(join(tmpdir(), 'egiz-batch-ws-')))
    const grouped = workspace(mkdtempSync(join(tmpdir(), 'egiz-batch-ws-')))
    await runBatch(one, planned.plan, { project: 'Folder', workers: 2 })
    const seen: BatchProgress[] = []
    const summary = await runBatch(grouped, planned.plan, { project: 'Folder', workers: 2, groupWrites: true, onProgress: (p) => seen.push(p) })
    expect([summary.imported, summary.failed, summary.skipped, summary.interrupted]).toEqual([3, 1, 0, false])
    expect(seen.map((p) => p.done)).toEqual([1, 2, 3, 4])
    const stored = (ws: Workspace) => ws.alignments().map((a) => [a.kkFile, a.ruFile, a.pairs, a.openFindings].join(' ')).sort()
    expect(stored(grouped)).toEqual(stored(one))
    for (const term of ['республика', 'инвестиц', 'организац']) {
      expect(found(grouped, term).length).toBeGreaterThan(0)
      expect(found(grouped, term)).toEqual(found(one, term))
    }
  })

  it('commits the pairs in hand when interrupted; run again, it imports only what is left', async () => {
    const planned = await planFolder(folderOfAgreements())
    if (!planned.ok) throw new Error(planned.reason)
    const ws = workspace(mkdtempSync(join(tmpdir(), 'egiz-batch-ws-')))
    const controller = new AbortController()
    const first = await runBatch(ws, planned.plan, { project: 'Folder', workers: 1, groupWrites: true, signal: controller.signal, onProgress: () => controller.abort() })
    expect(first.interrupted).toBe(true)
    expect(ws.alignments().length).toBe(first.imported)
    const second = await runBatch(ws, planned.plan, { project: 'Folder', workers: 1, groupWrites: true })
    expect([second.skipped, second.imported + second.failed, second.interrupted]).toEqual([first.imported, 4 - first.imported, false])
    expect(ws.alignments().length).toBe(3)
  })

  it('on a full disk, reports as failed every pair it could not save, and keeps every pair it reports imported', async () => {
    const planned = await planFolder(folderOfAgreements())
    if (!planned.ok) throw new Error(planned.reason)
    const ws = workspace(mkdtempSync(join(tmpdir(), 'egiz-batch-ws-')))
    const db = (ws as unknown as { db: import('better-sqlite3').Database }).db
    db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + 40}`)
    const summary = await runBatch(ws, planned.plan, { project: 'Full', workers: 2, groupWrites: true })
    expect(summary.failed).toBeGreaterThan(1)
    const unsaved = summary.outcomes.filter((o) => o.status === 'failed' && o.reason?.includes('disk is full'))
    expect(unsaved.length).toBeGreaterThan(0)
    expect(ws.alignments().length).toBe(summary.imported)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    db.pragma('max_page_count = 1073741823')
    const again = await runBatch(ws, planned.plan, { project: 'Full', workers: 2, groupWrites: true })
    expect(again.imported + again.skipped).toBe(3)
    expect(ws.alignments().length).toBe(3)
  })
})

describe('documents of a folder import', () => {
  it('are named by their path inside the folder, so two kk.txt stay two agreements in the workspace and the TM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'egiz-batch-names-'))
    for (const [folder, slug] of [['a', 'kz-fi-investment-bit-1992'], ['b', 'hcch-statute-1951']] as const) {
      mkdirSync(join(dir, folder))
      for (const side of ['kk', 'ru']) copyFileSync(join(CORPUS, slug, `${side}.txt`), join(dir, folder, `${side}.txt`))
    }
    const planned = await planFolder(dir)
    if (!planned.ok) throw new Error(planned.reason)
    const ws = workspace(mkdtempSync(join(tmpdir(), 'egiz-batch-ws-')))
    expect((await runBatch(ws, planned.plan, { project: 'Names', workers: 1 })).imported).toBe(2)
    expect(ws.alignments().map((a) => [a.kkFile, a.ruFile])).toEqual([['a/kk.txt', 'a/ru.txt'], ['b/kk.txt', 'b/ru.txt']])
    const tmx = (await ws.exportFile({}, { ...DEFAULT_EXPORT_OPTIONS, pairs: 'all' })).chunks.join('')
    const documents = new Set([...tmx.matchAll(/<prop type="x-document">([^<]*)<\/prop>/g)].map((m) => m[1]))
    expect([...documents].sort()).toEqual(['a/kk.txt / a/ru.txt', 'b/kk.txt / b/ru.txt'])
  })
})

describe('a worker that dies', () => {
  it('fails the pair it held, with the reason, and the batch goes on', async () => {
    const dir = folderOfAgreements()
    const planned = await planFolder(dir)
    if (!planned.ok) throw new Error(planned.reason)
    const crashing = join(mkdtempSync(join(tmpdir(), 'egiz-worker-')), 'crash.mjs')
    writeFileSync(crashing, "import { parentPort } from 'node:worker_threads'\nparentPort.on('message', () => { throw new Error('out of memory') })\n")
    const summary = await runBatch(workspace(mkdtempSync(join(tmpdir(), 'egiz-batch-ws-'))), planned.plan, { project: 'Crash', workers: 2, workerPath: crashing })
    expect([summary.imported, summary.failed, summary.interrupted]).toEqual([0, 4, false])
    expect(summary.outcomes[0]!.reason).toBe('the aligner stopped on this pair (out of memory)')
  })
})

describe('a worker that hangs', () => {
  const hanging = () => {
    const path = join(mkdtempSync(join(tmpdir(), 'egiz-worker-')), 'hang.mjs')
    writeFileSync(path, "import { parentPort } from 'node:worker_threads'\nparentPort.on('message', () => { for (;;) {} })\n")
    return path
  }

  it('fails each pair past its budget, and the batch ends', async () => {
    const planned = await planFolder(folderOfAgreements())
    if (!planned.ok) throw new Error(planned.reason)
    const summary = await runBatch(workspace(mkdtempSync(join(tmpdir(), 'egiz-batch-ws-'))), planned.plan, { project: 'Hang', workers: 2, workerPath: hanging(), pairBudgetMs: 300 })
    expect([summary.imported, summary.failed, summary.interrupted]).toEqual([0, 4, false])
    expect(summary.outcomes[0]!.reason).toMatch(/took longer than 0.3 s, so it was stopped/)
  })

  it('stops at once when the reader cancels the app\'s import of a pair, and nothing is saved', async () => {
    const opened = Workspace.open(join(mkdtempSync(join(tmpdir(), 'egiz-cancel-')), 'ws.sqlite'), { batchWorkerPath: hanging() })
    if (!opened.ok) throw new Error(opened.reason)
    const ws = opened.workspace
    const importing = ws.importPaths('Cancelled', [join(CORPUS, 'kz-fi-investment-bit-1992', 'kk.txt'), join(CORPUS, 'kz-fi-investment-bit-1992', 'ru.txt')])
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(ws.cancelPairImports()).toEqual({ ok: true, cancelled: 1 })
    expect(await importing).toEqual({ ok: false, reason: CANCELLED_IMPORT })
    expect(ws.alignments()).toEqual([])
    ws.close()
  })

  it('names the language of a file that is neither Kazakh nor Russian (the worker loads franc itself)', async () => {
    const bytes = (text: string) => new TextEncoder().encode(text)
    const analysis = await analyseOffThread({
      id: 1,
      files: [
        { name: 'en.txt', bytes: bytes('Article 1\n\nThis Agreement shall enter into force on the date of the last written notification.\n') },
        { name: 'ru.txt', bytes: bytes('Статья 1\n\nНастоящее Соглашение вступает в силу с даты получения последнего письменного уведомления.\n') },
      ],
    })
    expect(analysis).toMatchObject({ ok: false, problem: 'language', reason: expect.stringContaining('en.txt: the text looks like eng (ISO 639-3)') })
  })

  it('ends by itself, exit code 0, when told there is no more work (no terminate on the normal path)', async () => {
    const worker = new Worker(fileURLToPath(new URL('../../corpus/batch/worker.ts', import.meta.url)))
    const exited = new Promise<number>((resolve) => worker.once('exit', resolve))
    const reply = new Promise<WorkerReply>((resolve) => worker.once('message', resolve))
    const files = (['kk', 'ru'] as const).map((side) => ({ name: `${side}.txt`, bytes: new Uint8Array(readFileSync(join(CORPUS, 'kz-fi-investment-bit-1992', `${side}.txt`))) }))
    worker.postMessage({ id: 7, files } satisfies WorkerTask)
    expect((await reply).analysis.ok).toBe(true)
    worker.postMessage(null)
    expect(await exited).toBe(0)
  })

  it('starts a new thread only once the one ended before it is gone (nodejs/node#56312)', async () => {
    const path = fileURLToPath(new URL('../../corpus/batch/worker.ts', import.meta.url))
    const first = await startWorker(path, {})
    let firstGone = false
    first.once('exit', () => (firstGone = true))
    endWorker(first, 'release')
    const second = await startWorker(path, {})
    expect(firstGone).toBe(true)
    endWorker(second, 'terminate')
  })

  it('is ended past its budget when the app imports one pair', async () => {
    const analysis = await analyseOffThread({ id: 1, kk: 'kk.txt', ru: 'ru.txt' }, hanging(), 300)
    expect(analysis).toMatchObject({ ok: false, problem: 'too-large', detail: { code: 'over-budget', seconds: 0.3 }, reason: expect.stringContaining('so it was stopped') })
  })
})

describe('folder imports started from the app', () => {
  it('run in the background, report progress, refuse a second one, and stop on cancel', async () => {
    const dir = folderOfAgreements()
    const ws = workspace(mkdtempSync(join(tmpdir(), 'egiz-batch-ws-')))
    const started = ws.batches.start(dir, 'App')
    if (!started.ok) throw new Error(started.reason)
    expect(ws.batches.start(dir, 'App')).toEqual({ ok: false, reason: expect.stringContaining('a folder is being imported already') })
    await expect.poll(() => ws.batches.status(started.jobId)?.progress?.done ?? 0, { timeout: 20_000 }).toBeGreaterThanOrEqual(1)
    expect(ws.batches.cancel(started.jobId)).toEqual({ ok: true })
    await expect.poll(() => ws.batches.status(started.jobId)?.state, { timeout: 20_000 }).toMatch(/^(cancelled|done)$/)
    const view = ws.batches.status(started.jobId)!
    expect(view.pairs).toBe(4)
    expect(view.unpaired.length).toBe(2)
    expect(view.summary!.imported + view.summary!.failed).toBeLessThanOrEqual(4)
    expect(ws.batches.cancel(999)).toEqual({ ok: false, reason: 'there is no folder import 999' })
  })

  it('index the pairs they imported for search once they are done, without waiting for a search', async () => {
    const dir = folderOfAgreements()
    const ws = workspace(mkdtempSync(join(tmpdir(), 'egiz-batch-ws-')))
    const started = ws.batches.start(dir, 'App')
    if (!started.ok) throw new Error(started.reason)
    await expect.poll(() => ws.batches.status(started.jobId)?.state, { timeout: 60_000 }).toBe('done')
    expect(ws.batches.status(started.jobId)!.summary!.imported).toBeGreaterThan(0)
    await expect.poll(() => ws.pendingForSearchIndex(), { timeout: 20_000 }).toBe(0)
    expect(ws.statistics().pairs.sentence).toBeGreaterThan(0)
  })

  it('says why a folder cannot be read', async () => {
    const ws = workspace(mkdtempSync(join(tmpdir(), 'egiz-batch-')))
    const started = ws.batches.start('/no/such/folder', 'App')
    if (!started.ok) throw new Error(started.reason)
    await expect.poll(() => ws.batches.status(started.jobId)?.state).toBe('failed')
    expect(ws.batches.status(started.jobId)!.error).toContain('there is no folder /no/such/folder')
  })
})
