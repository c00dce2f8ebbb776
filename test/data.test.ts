// The test data is what the shared folder holds, byte for byte: the sums file lists every file, every
// file matches its sum, and where ../shared sits beside the checkout, its files are the same bytes.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TEST_DATA } from './helpers/corpus.ts'

const COPIED_FOLDERS = ['corpus', 'seeds', 'tools']
const SHARED_BESIDE_CHECKOUT = join(TEST_DATA, '..', '..', '..', 'shared')

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

function filesUnder(root: string, folder: string): string[] {
  const found: string[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else found.push(relative(root, path))
    }
  }
  walk(join(root, folder))
  return found
}

function recordedSums(): Map<string, string> {
  const lines = readFileSync(join(TEST_DATA, 'SHA256SUMS'), 'utf8').trim().split('\n')
  return new Map(lines.map((line) => {
    const [sum, path] = line.split(/\s+/, 2)
    return [path!, sum!]
  }))
}

describe('test data kept in the repository', () => {
  it('holds exactly the files of its sums list, each with its recorded bytes', () => {
    const sums = recordedSums()
    const files = COPIED_FOLDERS.flatMap((folder) => filesUnder(TEST_DATA, folder)).sort()
    expect(files).toEqual([...sums.keys()].sort())
    for (const file of files) expect(sha256(join(TEST_DATA, file)), file).toBe(sums.get(file))
    expect(files.filter((file) => file.endsWith('kk.txt')).length).toBeGreaterThanOrEqual(15)
  })

  it.runIf(existsSync(SHARED_BESIDE_CHECKOUT))('is byte-identical to the shared folder beside the checkout', () => {
    for (const folder of ['corpus', 'seeds']) {
      const shared = filesUnder(SHARED_BESIDE_CHECKOUT, folder).sort()
      expect(filesUnder(TEST_DATA, folder).sort()).toEqual(shared)
      for (const file of shared) expect(sha256(join(TEST_DATA, file)), file).toBe(sha256(join(SHARED_BESIDE_CHECKOUT, file)))
    }
    const scorer = join('tools', 'sentence_eval.mjs')
    expect(sha256(join(TEST_DATA, scorer))).toBe(sha256(join(SHARED_BESIDE_CHECKOUT, scorer)))
  })
})
