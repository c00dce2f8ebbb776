// Type-checks each layer with its own tsconfig, so a layer's limits (no Node in aligner/, …) hold.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { PROJECT_ROOT } from './node24.mjs'

const LAYERS = ['aligner', 'contract', 'corpus', 'electron', 'renderer', 'cli', 'test']
let failed = false
for (const layer of LAYERS) {
  const config = join(PROJECT_ROOT, layer, 'tsconfig.json')
  if (!existsSync(config)) continue
  const tsc = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsc')
  const result = spawnSync(tsc, ['-p', config], { stdio: 'inherit', cwd: PROJECT_ROOT })
  if (result.error) console.error(`typecheck: cannot run ${tsc}: ${result.error.message}; run "npm run setup" first.`)
  console.log(`typecheck ${layer}: ${result.status === 0 ? 'ok' : 'FAILED'}`)
  if (result.status !== 0) failed = true
}
process.exit(failed ? 1 : 0)
