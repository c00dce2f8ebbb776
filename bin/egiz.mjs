#!/usr/bin/env node
// The `egiz` command: starts the TypeScript command line on Node 24 (re-launching itself on the
// project's own Node 24 when the machine's is older), so no build step is needed.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { findNode24Bin, MISSING_NODE_MESSAGE, nodeMajor, REQUIRED_NODE_MAJOR } from '../scripts/node24.mjs'

const entry = fileURLToPath(new URL('../cli/main.ts', import.meta.url))
if (nodeMajor() >= REQUIRED_NODE_MAJOR) {
  const { main, endQuietlyOnClosedPipe } = await import(entry)
  endQuietlyOnClosedPipe()
  process.exitCode = await main(process.argv.slice(2))
} else {
  const binDir = findNode24Bin()
  if (!binDir) {
    console.error(MISSING_NODE_MESSAGE)
    process.exit(2)
  }
  const result = spawnSync(join(binDir, 'node'), [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' })
  process.exit(result.status ?? 1)
}
