// npm start: builds the review screen and the desktop shell, then opens the Egiz window. Where the
// Electron binary cannot be had (no internet on first start), it says so and points to egiz serve.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { PROJECT_ROOT } from './node24.mjs'

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: PROJECT_ROOT })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

run('npm', ['run', 'build:ui'])
run('npm', ['run', 'build:electron'])
let electron
try {
  // Requiring the electron package yields the path of its binary, fetching it on first use.
  electron = createRequire(import.meta.url)('electron')
} catch (error) {
  console.error(`egiz: the desktop window cannot start here: Electron's binary is not installed and could not be downloaded (${String(error.message ?? error).split('\n')[0]}). The same review screen runs in a browser: npx egiz serve`)
  process.exit(1)
}
const result = spawnSync(electron, ['.'], { stdio: 'inherit', cwd: PROJECT_ROOT })
process.exit(result.status ?? 0)
