import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { Workspace } from '../../corpus/workspace.ts'
import { backUp, listBackups } from '../../corpus/database.ts'
import { MIGRATIONS, SCHEMA_VERSION } from '../../corpus/schema.ts'
import { allTrigrams, searchKey } from '../../corpus/search-key.ts'
import { CORPUS } from '../helpers/corpus.ts'
import { closeAndWaitForBackup, coverageProblems, importSlug, openWorkspace, temporaryPath } from '../helpers/workspace.ts'

describe('opening a workspace', () => {
  it('creates a new one with WAL, foreign keys and the current schema', () => {
    const path = temporaryPath()
    openWorkspace(path).close()
    const db = new Database(path, { readonly: true })
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    const strict = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND sql LIKE '%STRICT'").pluck().get() as number
    expect(strict).toBeGreaterThanOrEqual(7)
    db.close()
  })

  it('refuses a file that is not a database, a folder, another program\'s database and a newer Egiz\'s', () => {
    const text = temporaryPath('notes.sqlite')
    writeFileSync(text, 'Статья 1. This is not a database at all, just text.'.repeat(20))
    expect(Workspace.open(text)).toMatchObject({ ok: false, reason: expect.stringContaining('not an Egiz workspace') })

    expect(Workspace.open(join(temporaryPath(), 'missing', 'w.sqlite'))).toMatchObject({ ok: false, reason: expect.stringContaining('does not exist') })

    const folder = temporaryPath('folder.sqlite')
    mkdirSync(folder)
    expect(Workspace.open(folder)).toMatchObject({ ok: false, reason: expect.stringContaining('is a folder') })

    const foreign = temporaryPath('other.sqlite')
    const other = new Database(foreign)
    other.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)')
    other.close()
    expect(Workspace.open(foreign)).toMatchObject({ ok: false, reason: expect.stringContaining('another program') })

    const newer = temporaryPath()
    openWorkspace(newer).close()
    const db = new Database(newer)
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    db.close()
    expect(Workspace.open(newer)).toMatchObject({ ok: false, reason: expect.stringContaining('newer Egiz') })
  })

  it('detects a damaged file and offers the latest backup', async () => {
    const path = temporaryPath()
    const workspace = openWorkspace(path)
    importSlug(workspace, 'kz-fi-investment-bit-1992')
    await closeAndWaitForBackup(workspace)
    // The session that made the file takes no backup (there was nothing before it); the next one does.
    expect(workspace.backupProcess).toBeNull()
    expect(listBackups(path)).toEqual([])
    await closeAndWaitForBackup(openWorkspace(path))
    const backup = listBackups(path)[0]
    expect(backup).toBeDefined()
    const bytes = readFileSync(path)
    bytes.fill(0x5a, 4096, bytes.length - 4096)
    writeFileSync(path, bytes)
    const opened = Workspace.open(path)
    expect(opened).toMatchObject({ ok: false, reason: expect.stringMatching(/damaged|not an Egiz workspace/), backups: [backup] })
    const restored = Workspace.open(backup!)
    expect(restored.ok).toBe(true)
    if (restored.ok) expect(restored.workspace.alignments()).toHaveLength(1)
  })

  it('migrates an older workspace after a backup, and leaves it unchanged when a migration fails', () => {
    const path = temporaryPath()
    const workspace = openWorkspace(path)
    importSlug(workspace, 'kz-fi-investment-bit-1992')
    workspace.close()
    const next = SCHEMA_VERSION + 1
    const failing = [...MIGRATIONS, { version: next, description: 'broken', sql: 'ALTER TABLE pairs ADD COLUMN extra TEXT; SELECT * FROM no_such_table;' }]
    const refused = Workspace.open(path, { migrations: failing })
    expect(refused).toMatchObject({ ok: false, reason: expect.stringContaining(`could not be updated to workspace format ${next}`) })
    const unchanged = new Database(path, { readonly: true })
    expect(unchanged.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect((unchanged.prepare('SELECT * FROM pairs LIMIT 1').get() as Record<string, unknown>).extra).toBeUndefined()
    unchanged.close()

    const working = [...MIGRATIONS, { version: next, description: 'a column', sql: 'ALTER TABLE pairs ADD COLUMN extra TEXT' }]
    const migrated = Workspace.open(path, { migrations: working })
    expect(migrated.ok).toBe(true)
    if (migrated.ok) {
      expect(migrated.workspace.alignments()[0]!.pairs).toBe(92)
      migrated.workspace.close()
    }
    expect(listBackups(path).some((backup) => backup.includes(`before-migration-${SCHEMA_VERSION}-to-${next}`))).toBe(true)
  })

  it('moves the concordance of a format-4 workspace into the index without text, and finds the same', () => {
    const path = temporaryPath()
    const before = Workspace.open(path, { migrations: MIGRATIONS.filter((migration) => migration.version <= 4) })
    if (!before.ok) throw new Error(before.reason)
    // Today's import queues its pairs for the index (format 6) and the search indexes them, and it
    // writes the archive deflated (format 7) and the repairs packed (format 8): with the queue and
    // those columns lent for the import, the format-4 index is filled as the importing version filled it.
    const lent = new Database(path)
    lent.exec('CREATE TABLE search_pending (pair_id INTEGER PRIMARY KEY)')
    lent.exec('ALTER TABLE document_versions ADD COLUMN original_deflated BLOB; ALTER TABLE document_versions ADD COLUMN units_deflated BLOB; ALTER TABLE document_versions ADD COLUMN repairs_deflated BLOB')
    importSlug(before.workspace, 'kz-fi-investment-bit-1992')
    const found = (workspace: Workspace) => workspace.search('экспроприаци').map((hit) => `${hit.side} ${hit.pair.kk.text} | ${hit.pair.ru.text}`)
    const hits = found(before.workspace)
    expect(hits.length).toBeGreaterThan(0)
    before.workspace.close()
    lent.exec('DROP TABLE search_pending; ALTER TABLE document_versions DROP COLUMN original_deflated; ALTER TABLE document_versions DROP COLUMN units_deflated; ALTER TABLE document_versions DROP COLUMN repairs_deflated')
    lent.close()
    const after = openWorkspace(path)
    expect(found(after)).toEqual(hits)
    const columns = new Database(path, { readonly: true }).prepare('SELECT * FROM pair_search LIMIT 1').get() as Record<string, unknown>
    expect(columns).toEqual({ kk: null, ru: null })
    after.close()
  })

  it('keeps a bounded number of backups', () => {
    const path = temporaryPath()
    const workspace = openWorkspace(path)
    const db = new Database(path)
    for (let k = 0; k < 8; k++) backUp(db, path, `test-${k}`)
    db.close()
    workspace.close()
    expect(listBackups(path).length).toBeLessThanOrEqual(5)
  })
})

describe('importing pairs', () => {
  it('stores documents, versions, repairs, pairs and findings', () => {
    const path = temporaryPath()
    const workspace = openWorkspace(path)
    const alignmentId = importSlug(workspace, 'kz-fi-investment-bit-1992')
    const [summary] = workspace.alignments()
    expect(summary).toMatchObject({ id: alignmentId, pairs: 92, confirmed: 0 })
    expect(workspace.pairs(alignmentId, { level: 'article' })).toHaveLength(24)
    expect(coverageProblems(path, alignmentId)).toEqual([])
    const repairs = workspace.repairs(alignmentId, 'kk')
    expect(repairs.length).toBeGreaterThan(100)
    const lookalike = repairs.find((r) => r.kind === 'lookalike')!
    expect(lookalike.after).not.toBe(lookalike.before)
    workspace.close()
  })

  it('keeps old versions when a corrected text is imported again, and reuses an unchanged one', () => {
    const path = temporaryPath()
    const workspace = openWorkspace(path)
    importSlug(workspace, 'kz-fi-investment-bit-1992')
    importSlug(workspace, 'kz-fi-investment-bit-1992')
    const kk = readFileSync(join(CORPUS, 'kz-fi-investment-bit-1992', 'kk.txt'), 'utf8').replace('29 қыркүйекте', '30 қыркүйекте')
    const result = workspace.importPair({
      project: 'Treaties',
      sources: [{ name: 'kz-fi-investment-bit-1992.kk.txt', bytes: Buffer.from(kk) }, { name: 'kz-fi-investment-bit-1992.ru.txt', bytes: readFileSync(join(CORPUS, 'kz-fi-investment-bit-1992', 'ru.txt')) }],
    })
    expect(result.ok).toBe(true)
    workspace.close()
    const db = new Database(path, { readonly: true })
    const versions = db.prepare("SELECT d.language, count(v.id) AS n FROM documents d JOIN document_versions v ON v.document_id = d.id GROUP BY d.id ORDER BY d.language").all()
    expect(versions).toEqual([{ language: 'kk', n: 2 }, { language: 'ru', n: 1 }])
    db.close()
  })

  it('refuses two texts in one language with a reason naming both', () => {
    const workspace = openWorkspace()
    const ru = readFileSync(join(CORPUS, 'kz-fi-investment-bit-1992', 'ru.txt'))
    const result = workspace.importPair({ project: 'Treaties', sources: [{ name: 'a.txt', bytes: ru }, { name: 'b.txt', bytes: ru }] })
    expect(result).toMatchObject({ ok: false, problem: 'same-language', reason: expect.stringMatching(/a\.txt and b\.txt are both Russian/) })
    expect(workspace.alignments()).toEqual([])
    workspace.close()
  })
})

describe('findings', () => {
  it('keeps the checks\' findings with their spans, and a dismissal with its reason, who and when', () => {
    const path = temporaryPath()
    const workspace = openWorkspace(path)
    const source = (side: 'kk' | 'ru') => readFileSync(join(CORPUS, 'kz-fi-investment-bit-1992', `${side}.txt`), 'utf8')
    const result = workspace.importPair({
      project: 'Treaties',
      sources: [
        { name: 'kk.txt', bytes: Buffer.from(source('kk')) },
        { name: 'ru.txt', bytes: Buffer.from(source('ru').replace('29 сентября 1992 года', '28 сентября 1992 года')) },
      ],
    })
    if (!result.ok) throw new Error(result.reason)
    const dates = workspace.findings(result.alignmentId).filter((f) => f.kind === 'date')
    expect(dates.map((f) => f.message).sort()).toEqual(['date 1992-09-28 is in the Russian text but not in the Kazakh one', 'date 1992-09-29 is in the Kazakh text but not in the Russian one'])
    const date = dates.find((f) => f.message.startsWith('date 1992-09-28'))!
    expect(date).toMatchObject({ severity: 'error', message: 'date 1992-09-28 is in the Russian text but not in the Kazakh one', dismissed: null })
    const pair = workspace.pair(date.pairId!)!
    expect(pair.ru.text.slice(date.ru!.start - pair.ru.start!, date.ru!.end - pair.ru.start!)).toBe('28 сентября 1992 года')
    expect(workspace.statistics().findingsByKind.date).toBe(2)
    expect(workspace.dismissFinding(date.id, '  ')).toEqual({ ok: false, reason: 'say why the finding is dismissed' })
    expect(workspace.dismissFinding(date.id, 'the Russian original has 28; agreed with the client')).toEqual({ ok: true })
    expect(workspace.findings(result.alignmentId).find((f) => f.id === date.id)!.dismissed).toMatchObject({ reason: 'the Russian original has 28; agreed with the client', by: 'tester' })
    expect(workspace.statistics().findingsByKind.date).toBe(1)
    // The document list counts the findings the review screen flags and `stats` counts: every
    // severity, the dismissed and the aligner's notes aside.
    const flagged = workspace.findings(result.alignmentId).filter((f) => f.kind !== 'alignment' && f.pairId !== null && !f.dismissed)
    expect(flagged.some((f) => f.severity === 'info')).toBe(true)
    const counted = Object.values(workspace.statistics().findingsByKind).reduce((a, b) => a + b, 0)
    expect(workspace.alignments().find((a) => a.id === result.alignmentId)!.openFindings).toBe(flagged.length)
    expect(counted).toBe(flagged.length)
    workspace.close()
  })
})

describe('concordance search, statistics and export', () => {
  const path = temporaryPath()
  const workspace = openWorkspace(path)
  const bit = importSlug(workspace, 'kz-fi-investment-bit-1992')
  importSlug(workspace, 'csto-charter-2002', 'Charters')

  it('finds both sides, folding case, Latin look-alikes and ё, and shows the counterpart', () => {
    const hits = workspace.search('ЭКСПРОПРИАЦИ')
    expect(hits.length).toBeGreaterThan(0)
    expect(hits[0]!.pair.ru.text.toLowerCase()).toContain('экспроприаци')
    expect(hits[0]!.pair.kk.text).not.toBe('')
    // The Kazakh text writes Үкiметi with Latin i; a query with Cyrillic і finds it, and back.
    const latin = workspace.search('Үкiметi').length
    expect(latin).toBeGreaterThan(0)
    expect(workspace.search('үкіметі').length).toBe(latin)
    const inCharters = workspace.search('Ұжымдық қауіпсіздік', { projectId: workspace.projects().find((p) => p.name === 'Charters')!.id })
    expect(inCharters.length).toBeGreaterThan(0)
    expect(inCharters.every((h) => h.alignmentTitle !== '' && h.pair.alignmentId !== bit)).toBe(true)
  })

  it('finds a phrase with quotation marks, and not pairs that hold its pieces apart', () => {
    const quoted = workspace.search('"Инвестиция"')
    expect(quoted.length).toBeGreaterThan(0)
    expect(quoted.every((hit) => searchKey(hit.pair[hit.side].text).includes('"инвестиция"'))).toBe(true)
    // The words side by side, not only somewhere in the same pair.
    const together = workspace.search('Уағдаласушы Жақтар', { limit: 1000 })
    expect(together.length).toBeGreaterThan(0)
    expect(together.every((hit) => searchKey(hit.pair.kk.text).includes('уағдаласушы жақтар'))).toBe(true)
    expect(allTrigrams('a"bc')).toBe('"a""b" AND """bc"')
  })

  it('scans for a query shorter than a trigram, and says on which side the query is', () => {
    const short = workspace.search('13', { limit: 500 })
    expect(short.length).toBeGreaterThan(0)
    expect(short.every((hit) => hit.pair[hit.side].text.includes('13'))).toBe(true)
    const kazakh = workspace.search('Уағдаласушы')
    expect(kazakh.length).toBeGreaterThan(0)
    expect(kazakh.every((hit) => hit.side === 'kk')).toBe(true)
  })

  it('counts pairs, statuses and findings', () => {
    const stats = workspace.statistics()
    expect(stats.alignments).toBe(2)
    expect(stats.pairs.sentence).toBeGreaterThan(200)
    expect(stats.byStatus.auto).toBe(stats.pairs.sentence)
    expect(stats.confirmedShare).toBe(0)
  })

  it('streams the pairs of an alignment in order', () => {
    const exported = [...workspace.exportCandidates({ alignmentId: bit, levels: ['sentence'] })]
    expect(exported).toHaveLength(92)
    expect(exported[0]!.kk.clean).toContain('Финляндия')
    expect(exported.map((p) => Number(p.id))).toEqual(workspace.pairs(bit, { limit: 1000 }).map((p) => p.id))
    expect(exported.filter((p) => p.status === 'confirmed')).toHaveLength(0)
  })
})

describe('findings after the pairs change', () => {
  it('move with their text into the merged pair, and back after undo', () => {
    const workspace = openWorkspace()
    const alignmentId = importSlug(workspace, 'kz-fi-investment-bit-1992')
    const pairs = workspace.pairs(alignmentId, { limit: 100000 })
    const index = pairs.findIndex((p, k) => k > 0 && p.ru.text.length > 100 && !/\d/.test(p.ru.text + p.kk.text))
    const pair = pairs[index]!
    expect(workspace.editText(pair.id, 'ru', pair.ru.text.replace(' ', ' 77 ')).ok).toBe(true)
    const message = 'number 77 is in the Russian text but not in the Kazakh one'
    const messages = (pairId: number) => workspace.findings(alignmentId).filter((f) => f.pairId === pairId).map((f) => f.message)
    expect(messages(pair.id)).toContain(message)
    expect(workspace.merge(pair.id, 'previous').ok).toBe(true)
    expect(workspace.pair(pair.id)).toBeNull()
    const merged = workspace.pairs(alignmentId, { limit: 100000 })[index - 1]!
    expect(messages(merged.id)).toContain(message)
    expect(workspace.undo(alignmentId).ok).toBe(true)
    expect(messages(pair.id)).toContain(message)
    expect(messages(pairs[index - 1]!.id)).not.toContain(message)
    workspace.close()
  })
})

describe('checks after an edit', () => {
  it('run again on the changed pair: a number removed shows up, undo takes it back, a dismissal survives', () => {
    const workspace = openWorkspace()
    const alignmentId = importSlug(workspace, 'kz-fi-investment-bit-1992')
    const numberFindings = (pairId: number) => workspace.findings(alignmentId).filter((f) => f.pairId === pairId && f.kind === 'number')
    const pair = workspace.pairs(alignmentId, { limit: 100000 }).find((p) => p.ru.text.length > 100 && !/\d/.test(p.ru.text + p.kk.text))!
    expect(workspace.editText(pair.id, 'ru', pair.ru.text.replace(' ', ' 77 ')).ok).toBe(true)
    const found = numberFindings(pair.id)
    expect(found.map((f) => f.message)).toEqual(['number 77 is in the Russian text but not in the Kazakh one'])
    expect(workspace.dismissFinding(found[0]!.id, 'checked with the original').ok).toBe(true)
    // An unrelated edit of the same pair keeps the dismissal of the finding that comes back.
    expect(workspace.editText(pair.id, 'ru', workspace.pair(pair.id)!.ru.text + ' ').ok).toBe(true)
    expect(numberFindings(pair.id).find((f) => f.message === found[0]!.message)?.dismissed?.reason).toBe('checked with the original')
    expect(workspace.undo(alignmentId).ok).toBe(true)
    expect(workspace.undo(alignmentId).ok).toBe(true)
    expect(numberFindings(pair.id)).toEqual([])
    workspace.close()
  })
})
