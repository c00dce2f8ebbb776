// Runs a command with Node 24 first on PATH, so npm scripts work even where the machine's Node is older.
import { spawnSync } from 'node:child_process'
import { envWithNode24, findNode24Bin, MISSING_NODE_MESSAGE, PROJECT_ROOT } from './node24.mjs'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: node scripts/with-node24.mjs COMMAND [ARGS…]')
  process.exit(2)
}
const binDir = findNode24Bin()
if (!binDir) {
  console.error(MISSING_NODE_MESSAGE)
  process.exit(2)
}
const result = spawnSync(command, args, { stdio: 'inherit', env: envWithNode24(binDir), cwd: process.cwd() })
if (result.error) {
  console.error(`egiz: could not run ${command} from ${PROJECT_ROOT}: ${result.error.message}`)
  process.exit(2)
}
process.exit(result.status ?? 1)
