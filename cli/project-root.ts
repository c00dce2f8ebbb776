// The Egiz folder (the one holding package.json), found from this module whether it runs from the
// sources (cli/) or from the built command line (dist/cli/), which sit at different depths.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir
    if (dirname(dir) === dir) throw new Error(`egiz: no package.json above ${start}; the Egiz folder is incomplete.`)
  }
}

export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)))
