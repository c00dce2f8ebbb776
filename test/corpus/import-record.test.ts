// A worker thread sends the rows to store (import-record.ts), not the analysis: what the writing
// thread stores from them, after the trip between threads, must be what an import in one thread
// stores, and the rows must name their pairs right.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deserialize, serialize } from 'node:v8'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { analysePair, type AnalysedPair } from '../../corpus/analyse.ts'
import { FINDING_FIELDS, importRecord, PAIR_FIELDS, type ImportRecord } from '../../corpus/import-record.ts'
import { Workspace } from '../../corpus/workspace.ts'
import { readPair } from '../helpers/corpus.ts'

const folder = mkdtempSync(join(tmpdir(), 'egiz-import-record-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function analysed(slug: string): AnalysedPair {
  const pair = readPair(slug)
  const analysis = analysePair([
    { name: 'kk.txt', bytes: new TextEncoder().encode(pair.kk) },
    { name: 'ru.txt', bytes: new TextEncoder().encode(pair.ru) },
  ])
  if (!analysis.ok) throw new Error(analysis.reason)
  return analysis.analysis
}

/** Every stored row of the workspace but the times, table by table. */
function storedRows(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true })
  try {
    const tables = ['documents', 'document_versions', 'repairs', 'alignments', 'pairs', 'findings', 'search_pending']
    return Object.fromEntries(
      tables.map((table) => [table, (db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all() as Array<Record<string, unknown>>).map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => !/_at$/.test(column))))]),
    )
  } finally {
    db.close()
  }
}

function stored(name: string, store: (workspace: Workspace) => void): Record<string, unknown[]> {
  const path = join(folder, `${name}.sqlite`)
  const opened = Workspace.open(path, { user: 'tester' })
  if (!opened.ok) throw new Error(opened.reason)
  store(opened.workspace)
  opened.workspace.close()
  return storedRows(path)
}

describe('the rows a worker sends to the writing thread', () => {
  it('store, after the trip between threads, what an import in one thread stores', () => {
    const pair = readPair('kz-fi-investment-bit-1992')
    const inOneThread = stored('one-thread', (workspace) => {
      const result = workspace.importPair({ project: 'P', sources: [{ name: 'kk.txt', bytes: new TextEncoder().encode(pair.kk) }, { name: 'ru.txt', bytes: new TextEncoder().encode(pair.ru) }] })
      expect(result.ok).toBe(true)
    })
    const sent = deserialize(serialize(importRecord(analysed('kz-fi-investment-bit-1992')))) as ImportRecord
    const fromWorker = stored('from-worker', (workspace) => expect(workspace.storeImportRecord('P', sent).ok).toBe(true))
    expect(fromWorker).toEqual(inOneThread)
    expect(inOneThread.pairs!.length).toBeGreaterThan(50)
    // The repairs go packed in their versions (repair-log.ts), rows only once a screen asks.
    expect(inOneThread.document_versions!.map((version) => (version as { repairs_deflated: unknown }).repairs_deflated)).toEqual([expect.any(Uint8Array), expect.any(Uint8Array)])
    expect(inOneThread.findings!.length).toBeGreaterThan(0)
  })

  it('name each sentence pair’s article and each finding’s pair by its place', () => {
    const analysis = analysed('constitution-2026')
    const record = importRecord(analysis)
    const articles = analysis.result.pairs.filter((pair) => pair.level === 'article')
    const sentences = analysis.result.pairs.filter((pair) => pair.level === 'sentence')
    const width = PAIR_FIELDS.length
    expect(record.articlePairs.length).toBe(articles.length * width)
    expect(record.sentencePairs.length).toBe(sentences.length * width)
    sentences.forEach((sentence, index) => {
      const parent = record.sentencePairs[index * width] as number
      expect(articles[parent]!.id).toBe(sentence.parent)
    })
    const ordered = [...articles, ...sentences]
    const named = analysis.checks.filter((finding) => finding.pair !== null)
    expect(named.length).toBeGreaterThan(0)
    analysis.checks.forEach((finding, index) => {
      const pair = record.findings[index * FINDING_FIELDS.length]
      expect(pair === null ? null : ordered[pair as number]!.id).toBe(finding.pair)
    })
  })

  it('cross between threads as a message far smaller than the analysis', () => {
    const analysis = analysed('constitution-2026')
    expect(serialize(importRecord(analysis)).length).toBeLessThan(serialize(analysis).length * 0.7)
  })
})
