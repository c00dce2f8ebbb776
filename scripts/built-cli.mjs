// Which command line `egiz` runs: the bundle `npm run setup` builds (dist/cli, no TypeScript to
// compile at start-up) while it is newer than every source it was built from, else the sources
// themselves, so an edited source is never shadowed by a stale build.
// Plain JavaScript on purpose: it runs before anything is compiled.
import { join } from 'node:path'
import { PROJECT_ROOT } from './node24.mjs'

// Not imported, for the reason given in node24.mjs.
const { readdirSync, statSync } = process.getBuiltinModule?.('node:fs') ?? (await import('node:fs'))

export const BUILT_CLI_PATH = join('dist', 'cli', 'egiz.mjs')
const SOURCE_CLI_PATH = join('cli', 'main.ts')
/** The folders the bundle is made from (see cli/vite.config.ts). */
const SOURCE_FOLDERS = ['cli', 'aligner', 'corpus', 'contract']

/** The entry module to import: the bundle when it is up to date, otherwise the TypeScript source. */
export function cliEntry(root = PROJECT_ROOT) {
  return builtCliIsFresh(root) ? join(root, BUILT_CLI_PATH) : join(root, SOURCE_CLI_PATH)
}

/** True when the bundle exists and no source it is made from changed after it was built. */
export function builtCliIsFresh(root = PROJECT_ROOT) {
  const built = modifiedMs(join(root, BUILT_CLI_PATH))
  if (built === undefined) return false
  return newestModification(SOURCE_FOLDERS.map((folder) => join(root, folder))) <= built
}

function modifiedMs(path) {
  try {
    return statSync(path).mtimeMs
  } catch {
    return undefined
  }
}

/** The latest modification time of the files under these folders (0 when there are none). */
export function newestModification(folders) {
  let newest = 0
  for (const folder of folders) {
    let entries
    try {
      entries = readdirSync(folder, { withFileTypes: true, recursive: true })
    } catch {
      continue
    }
    for (const entry of entries) {
      if (entry.isFile()) newest = Math.max(newest, modifiedMs(join(entry.parentPath, entry.name)) ?? 0)
    }
  }
  return newest
}
