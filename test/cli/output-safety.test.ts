// Outputs that could destroy or deceive: -o naming an input or the workspace (also through a link),
// the mode of a replaced file, temporary files left behind, spreadsheet formulas in TSV cells,
// escape sequences in the terminal, and a reader that closes the pipe. Through the real command.
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, watch, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

const EGIZ = fileURLToPath(new URL('../../bin/egiz.mjs', import.meta.url))
const SAMPLE = fileURLToPath(new URL('../../samples/kz-fi-investment/', import.meta.url))
const HOSTILE = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url))

function egiz(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [EGIZ, ...args], { cwd, encoding: 'utf8' })
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'egiz-output-'))
  for (const name of ['kk.txt', 'ru.txt']) copyFileSync(join(SAMPLE, name), join(dir, name))
  for (const name of readdirSync(HOSTILE)) copyFileSync(join(HOSTILE, name), join(dir, name))
  symlinkSync(join(dir, 'ru.txt'), join(dir, 'link-to-ru.txt'))
  expect(egiz(dir, 'import', 'kk.txt', 'ru.txt', '--db', 'ws.sqlite').status).toBe(0)
})

describe('no output over an input or the workspace', () => {
  it.each([
    ['align', ['align', 'kk.txt', 'ru.txt', '-o', 'kk.txt'], 'kk.txt', 'an input file'],
    ['align through a link', ['align', 'kk.txt', 'ru.txt', '-o', 'link-to-ru.txt'], 'ru.txt', 'an input file'],
    ['check --report', ['check', 'kk.txt', 'ru.txt', '--report', './ru.txt'], 'ru.txt', 'an input file'],
    ['export over the workspace', ['export', '-o', 'ws.sqlite', '--db', 'ws.sqlite'], 'ws.sqlite', 'the workspace'],
    ['export over its journal', ['export', '-o', 'ws.sqlite-wal', '--db', 'ws.sqlite'], null, "the workspace's journal"],
  ])('%s is refused with exit 2 and nothing changes', (_name, args, kept, what) => {
    const before = kept ? readFileSync(join(dir, kept)) : null
    const result = egiz(dir, ...args)
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(`it is ${what}`)
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1)
    if (kept) expect(readFileSync(join(dir, kept))).toEqual(before)
  })

  it('refuses a file inside the backups folder', () => {
    mkdirSync(join(dir, 'ws.sqlite.backups'), { recursive: true })
    const result = egiz(dir, 'export', '-o', 'ws.sqlite.backups/latest.tmx', '--db', 'ws.sqlite')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain("the workspace's backups")
  })
})

describe('replacing an output file', () => {
  it('keeps its mode and leaves no temporary file', () => {
    expect(egiz(dir, 'export', '-o', 'private.tmx', '--db', 'ws.sqlite', '--status', 'all').status).toBe(0)
    chmodSync(join(dir, 'private.tmx'), 0o600)
    expect(egiz(dir, 'export', '-o', 'private.tmx', '--db', 'ws.sqlite', '--status', 'all').status).toBe(0)
    expect(statSync(join(dir, 'private.tmx')).mode & 0o777).toBe(0o600)
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('writes into a device as it is, never replacing it with a file', () => {
    for (const args of [['align', 'kk.txt', 'ru.txt', '--format', 'json', '-o', '/dev/null'], ['export', '-o', '/dev/null', '--db', 'ws.sqlite', '--status', 'all']]) {
      expect(egiz(dir, ...args).status).toBe(0)
      expect(statSync('/dev/null').isCharacterDevice()).toBe(true)
    }
  })

  it('leaves no temporary file when the target cannot be written', () => {
    const result = egiz(dir, 'align', 'kk.txt', 'ru.txt', '-o', join(dir, 'no-such-folder', 'out.json'), '--format', 'json')
    expect(result.status).toBe(2)
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false)
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})

describe('text that is not safe to show or open', () => {
  it('neutralises TSV cells a spreadsheet would run as formulas, unless --raw-cells', () => {
    const safe = egiz(dir, 'align', 'inj_kk.txt', 'inj_ru.txt', '--format', 'tsv', '--level', 'sentence')
    const cells = safe.stdout.split('\n').slice(1).flatMap((row) => row.split('\t').slice(6))
    expect(cells.some((cell) => cell.startsWith("'=HYPERLINK"))).toBe(true)
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([])
    const raw = egiz(dir, 'align', 'inj_kk.txt', 'inj_ru.txt', '--format', 'tsv', '--level', 'sentence', '--raw-cells')
    expect(raw.stdout).toContain('\t=HYPERLINK')
  })

  it('drops escape sequences and bidirectional overrides from the text output', () => {
    const result = egiz(dir, 'align', 'esc_kk.txt', 'esc_ru.txt')
    expect(result.status).toBe(0)
    for (const unsafe of ['\u001b', '\u0007', '\u202e']) expect(result.stdout).not.toContain(unsafe)
    expect(result.stdout).toContain('FAKE: all checks passed')
  })

  it('ends quietly when the reader closes the pipe', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${EGIZ}" align kk.txt ru.txt --level sentence | head -1`], { cwd: dir, encoding: 'utf8' })
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(1)
    expect(result.stderr).toBe('')
  })
})

describe('Ctrl-C while an output is written', () => {
  /**
   * Runs the command and, as soon as its temporary file appears beside the target (in the middle of
   * writing), stops it, sends SIGINT and lets it go on: the signal is then sure to come while the
   * output is written, however fast the writing is. Waits for it to end.
   */
  function interruptWhileWriting(cwd: string, target: string, args: string[]): Promise<{ status: number | null; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [EGIZ, ...args], { cwd })
      let stderr = ''
      child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text))
      const watcher = watch(cwd, (_event, name) => {
        if (!name?.startsWith(`.${target}.`) || !name.endsWith('.tmp')) return
        watcher.close()
        child.kill('SIGSTOP')
        child.kill('SIGINT')
        child.kill('SIGCONT')
      })
      child.on('close', (status) => {
        watcher.close()
        resolve({ status, stderr })
      })
    })
  }

  it.each([
    ['align', ['align', 'kk.txt', 'ru.txt', '--format', 'json', '-o', 'pairs.json'], 'pairs.json'],
    ['check', ['check', 'kk.txt', 'ru.txt', '--format', 'json', '-o', 'findings.json'], 'findings.json'],
    ['export', ['export', '-o', 'pairs.tmx', '--db', 'ws.sqlite', '--status', 'all', '--level', 'both'], 'pairs.tmx'],
  ])('%s stops at once, removes the temporary file and leaves the target as it was', async (_name, args, target) => {
    const folder = mkdtempSync(join(tmpdir(), 'egiz-interrupt-'))
    // A long pair (the sample forty times over): megabytes to write, so the signal comes in the middle.
    for (const side of ['kk', 'ru']) writeFileSync(join(folder, `${side}.txt`), readFileSync(join(SAMPLE, `${side}.txt`), 'utf8').repeat(40))
    if (args[0] === 'export') expect(egiz(folder, 'import', 'kk.txt', 'ru.txt', '--db', 'ws.sqlite').status).toBe(0)
    writeFileSync(join(folder, target), 'the file from before\n')
    const result = await interruptWhileWriting(folder, target, args)
    expect(result.status).toBe(130)
    expect(result.stderr).toContain(`egiz: stopped; nothing was written to ${target}.`)
    expect(readFileSync(join(folder, target), 'utf8')).toBe('the file from before\n')
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
  }, 30_000)
})
