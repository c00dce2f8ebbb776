// The import worker thread loads no database code: a native addon (better-sqlite3) loaded in a
// worker is torn down when the worker ends, and that teardown is where such addons crash (the
// test process died with SIGSEGV running worker imports, now and then). Walked from the sources,
// value imports only (`import type` is erased).
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const WORKER = fileURLToPath(new URL('../../corpus/batch/worker.ts', import.meta.url))
const VALUE_IMPORT = /^import\s+(?!type\s)(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm

/** Every module the file loads, by path for our own and by name for packages. */
function loadedBy(entry: string): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)) {
      if (specifier!.startsWith('.')) visit(resolve(dirname(file), specifier!))
      else seen.add(specifier!)
    }
  }
  visit(entry)
  return seen
}

describe('the import worker thread', () => {
  it('loads the aligner and the file readers, and neither better-sqlite3 nor the database module', () => {
    const loaded = loadedBy(WORKER)
    expect([...loaded].some((module) => module.endsWith('aligner/pipeline.ts'))).toBe(true)
    expect([...loaded].some((module) => module.endsWith('corpus/files/read-document.ts'))).toBe(true)
    expect(loaded.has('better-sqlite3')).toBe(false)
    expect([...loaded].filter((module) => module.endsWith('corpus/database.ts'))).toEqual([])
  })
})
