// Start-up of the `egiz` command as a user meets it: `egiz --help`, `egiz align` of a tiny pair and
// `npx egiz --help`, beside a bare Node start for scale. Every case is a fresh process.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { interleavedMedians, measureProcess, type ProcessUsage } from './measure-process.ts'
import { EGIZ_NODE_FLAGS } from '../../../scripts/node24.mjs'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const EGIZ = join(ROOT, 'bin', 'egiz.mjs')
const SAMPLE = join(ROOT, 'samples', 'kz-fi-investment')

/** The title, preamble and first article of the bundled sample: a tiny real pair. */
function writeTinyPair(): { kk: string; ru: string } {
  const folder = mkdtempSync(join(tmpdir(), 'egiz-bench-tiny-'))
  const upTo = (language: string, heading: RegExp) => {
    const text = readFileSync(join(SAMPLE, `${language}.txt`), 'utf8')
    const path = join(folder, `${language}.txt`)
    writeFileSync(path, text.slice(0, heading.exec(text)!.index))
    return path
  }
  return { kk: upTo('kk', /^### 2-бап/m), ru: upTo('ru', /^### Статья 2/m) }
}

export function measureStartup(rounds: number): Record<string, ProcessUsage> {
  const tiny = writeTinyPair()
  const node = process.execPath
  return interleavedMedians(
    {
      'node -e 0 (bare Node)': () => measureProcess(node, ['-e', '0']),
      'egiz --help': () => measureProcess(node, [...EGIZ_NODE_FLAGS, EGIZ, '--help']),
      'egiz align (tiny pair)': () => measureProcess(node, [...EGIZ_NODE_FLAGS, EGIZ, 'align', tiny.kk, tiny.ru]),
      'npx egiz --help': () => measureProcess('npx', ['--no-install', 'egiz', '--help'], { cwd: ROOT }),
    },
    rounds,
  )
}
