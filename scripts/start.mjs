// npm start: builds the review screen and the desktop shell, then opens the Egiz window. Where the
// Electron binary cannot be had (no internet on first start), it says so in one line and serves the
// same review screen in the browser mode, on a workspace holding the bundled sample agreement.
// Under CI (CI set, nobody to look at a window) it serves the sample once, checks that the page and
// the documents answer, and stops, so that CI runs the README's first command as written.
import { existsSync, mkdirSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { PROJECT_ROOT } from './node24.mjs'

const SAMPLE_WORKSPACE = join(PROJECT_ROOT, '.tools', 'sample-workspace.sqlite')
const EGIZ = join(PROJECT_ROOT, 'bin', 'egiz.mjs')

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: PROJECT_ROOT })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

run('npm', ['run', '--silent', 'build:ui'])
run('npm', ['run', '--silent', 'build:electron'])

/** The Electron binary's path, or null (said in one line) where it is not installed and cannot be fetched. */
function electronBinary() {
  try {
    // Requiring the electron package yields the path of its binary, fetching it on first use.
    return createRequire(import.meta.url)('electron')
  } catch (error) {
    const reason = String(error?.message ?? error).split('\n')[0]
    console.error(`egiz: the desktop window cannot start here (Electron's binary is not installed and could not be downloaded: ${reason}); serving the same review screen in your browser instead.`)
    return null
  }
}

const underCi = Boolean(process.env.CI)
if (underCi) console.log('egiz: CI is set, so no window is opened; checking the browser mode on the sample instead.')
const electron = underCi ? null : electronBinary()
if (electron) {
  const result = spawnSync(electron, ['.'], { stdio: 'inherit', cwd: PROJECT_ROOT })
  process.exit(result.status ?? 0)
}
if (!existsSync(SAMPLE_WORKSPACE)) {
  mkdirSync(dirname(SAMPLE_WORKSPACE), { recursive: true })
  run(process.execPath, [EGIZ, 'import', 'samples/kz-fi-investment/kk.txt', 'samples/kz-fi-investment/ru.txt', '--project', 'Sample', '--db', SAMPLE_WORKSPACE])
}
run(process.execPath, [EGIZ, 'serve', '--db', SAMPLE_WORKSPACE, ...(underCi ? ['--check'] : []), ...process.argv.slice(2)])
