import { existsSync, mkdtempSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseArgs } from '../../cli/args.ts'

const SPEC = { '--project': { value: true }, '--output': { value: true, alias: '-o' }, '--help': { value: false } }
const EGIZ = fileURLToPath(new URL('../../bin/egiz.mjs', import.meta.url))
const SAMPLE = fileURLToPath(new URL('../../samples/kz-fi-investment/', import.meta.url))

describe('the command line parser', () => {
  it('reads values given apart or after =, aliases and flags, and keeps the rest in order', () => {
    const parsed = parseArgs(['a.txt', '--project=Treaties', '-o', 'out.tmx', '--help', 'b.txt'], SPEC)
    expect(parsed).toEqual({ ok: true, args: { positional: ['a.txt', 'b.txt'], options: new Map<string, string | true>([['--project', 'Treaties'], ['--output', 'out.tmx'], ['--help', true]]) } })
  })

  it('refuses an unknown option, a missing value and an empty one', () => {
    expect(parseArgs(['--projet', 'x'], SPEC)).toEqual({ ok: false, reason: 'unknown option --projet' })
    expect(parseArgs(['--project'], SPEC)).toEqual({ ok: false, reason: '--project needs a value' })
    expect(parseArgs(['--project', ''], SPEC)).toEqual({ ok: false, reason: '--project needs a value, not an empty one' })
    expect(parseArgs(['--project=  '], SPEC)).toEqual({ ok: false, reason: '--project needs a value, not an empty one' })
  })

  it('an import into a project with an empty name is refused and creates no workspace', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'egiz-args-')), 'ws.sqlite')
    const result = spawnSync(process.execPath, [EGIZ, 'import', join(SAMPLE, 'kk.txt'), join(SAMPLE, 'ru.txt'), '--project', '', '--db', db], { encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('--project needs a value, not an empty one')
    expect(existsSync(db)).toBe(false)
  })
})
