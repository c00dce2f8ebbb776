// Which command line `egiz` runs: the bundle `npm run setup` builds (dist/cli, no TypeScript to
// compile at start-up) while it is newer than every source it was built from, else the sources
// themselves, so an edited source is never shadowed by a stale build.
// Plain JavaScript on purpose: it runs before anything is compiled.
import { join } from 'node:path'
import { PROJECT_ROOT } from './node24.mjs'

// Not imported, for the reason given in node24.mjs.
const { readdirSync, readFileSync, statSync } = process.getBuiltinModule?.('node:fs') ?? (await import('node:fs'))

export const BUILT_CLI_PATH = join('dist', 'cli', 'egiz.mjs')
/**
 * Written beside the bundle by its build (cli/vite.config.ts): the source files it was made from
 * and their folders, relative to the project. Checking these is a third of the time of walking the
 * source folders, which every start of `egiz` pays.
 */
export const SOURCES_MANIFEST_PATH = join('dist', 'cli', 'sources.json')
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
  const manifest = sourcesManifest(root)
  if (!manifest) return newestModification(SOURCE_FOLDERS.map((folder) => join(root, folder))) <= built
  // An edit changes its file's time; a file added, removed or saved by renaming, its folder's.
  return [...manifest.folders, ...manifest.files].every((path) => (modifiedMs(join(root, path)) ?? Infinity) <= built)
}

/** The manifest the build wrote, or null when there is none or it cannot be read. */
function sourcesManifest(root) {
  try {
    const manifest = JSON.parse(readFileSync(join(root, SOURCES_MANIFEST_PATH), 'utf8'))
    return Array.isArray(manifest.files) && Array.isArray(manifest.folders) ? manifest : null
  } catch {
    return null
  }
}

function modifiedMs(path) {
  return statSync(path, { throwIfNoEntry: false })?.mtimeMs
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
