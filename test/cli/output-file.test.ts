// The temporary file an output is written into before it replaces its target.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { OutputFile } from '../../cli/output-file.ts'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the temporary file beside an output', () => {
  it('takes another name when a file is already where its first name points, and leaves that file alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'egiz-output-file-'))
    const target = join(dir, 'pairs.json')
    // The same "random" suffix twice, then others: the first name is taken by a file placed there.
    const draws = [0.25, 0.5, 0.25, 0.5]
    vi.spyOn(Math, 'random').mockImplementation(() => draws.shift() ?? 0.75)
    const taken = join(dir, '.pairs.json.4000000080000000.tmp')
    writeFileSync(taken, 'somebody else’s')
    const output = OutputFile.beside(target)
    expect(output.temporary).not.toBe(taken)
    output.write('{}\n')
    output.commit()
    expect(readFileSync(target, 'utf8')).toBe('{}\n')
    expect(readFileSync(taken, 'utf8')).toBe('somebody else’s')
    expect(readdirSync(dir).sort()).toEqual(['.pairs.json.4000000080000000.tmp', 'pairs.json'])
  })
})

describe('Ctrl-C around an output', () => {
  it('is handled (to remove the temporary file) only while the output is written, so that it ends a computation at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'egiz-output-file-'))
    const before = process.listenerCount('SIGINT')
    const first = OutputFile.beside(join(dir, 'a.json'))
    const second = OutputFile.beside(join(dir, 'b.json'))
    expect(process.listenerCount('SIGINT')).toBe(before + 1)
    first.commit()
    expect(process.listenerCount('SIGINT')).toBe(before + 1)
    second.discard()
    second.discard()
    expect(process.listenerCount('SIGINT')).toBe(before)
    expect(readdirSync(dir)).toEqual(['a.json'])
  })
})
