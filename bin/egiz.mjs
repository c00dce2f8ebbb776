#!/usr/bin/env -S node --max-semi-space-size=2
// The `egiz` command: starts the command line on Node 24 (re-launching itself on the project's own
// Node 24 when the machine's is older). It runs the bundle `npm run setup` builds, or the TypeScript
// sources when there is no up-to-date bundle; either way compiled code is cached between runs.
// The first line's Node flags are EGIZ_NODE_FLAGS (scripts/node24.mjs says why); `env -S` passes them.
import nodeModule from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { EGIZ_NODE_FLAGS, findNode24Bin, MISSING_NODE_MESSAGE, nodeMajor, REQUIRED_NODE_MAJOR } from '../scripts/node24.mjs'
import { cliEntry } from '../scripts/built-cli.mjs'

if (nodeMajor() >= REQUIRED_NODE_MAJOR) {
  // V8's efficiency mode: fewer helper threads for compiling and collecting garbage, whose work a
  // command of seconds does not earn back. Measured here (means of interleaved runs), CPU time:
  // the constitution pair aligned 0.384 → 0.284 s (64 MiB instead of 76), a 5 MB pair 2.30 → 1.87 s,
  // 135 pairs on two batch workers 12.0 → 10.9 s; wall time the same within 4 %.
  process.getBuiltinModule('node:v8').setFlagsFromString('--efficiency-mode')
  nodeModule.enableCompileCache()
  const { main, endQuietlyOnClosedPipe } = await import(cliEntry())
  endQuietlyOnClosedPipe()
  process.exitCode = await main(process.argv.slice(2))
} else {
  const binDir = findNode24Bin()
  if (!binDir) {
    console.error(MISSING_NODE_MESSAGE)
    process.exit(2)
  }
  // Loaded only here: child_process costs every start 5 ms it does not need on Node 24.
  const { spawnSync } = await import('node:child_process')
  const result = spawnSync(join(binDir, 'node'), [...EGIZ_NODE_FLAGS, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' })
  process.exit(result.status ?? 1)
}
