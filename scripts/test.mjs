// npm test: checks that the system packages the tests use are installed (saying the one command
// that installs them, instead of a page of failing tests), then runs vitest with the given arguments.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, installCommand, missingSystemPackages } from './system-packages.mjs'

const missing = missingSystemPackages()
if (missing.length > 0) {
  console.error(`egiz tests: these system packages are missing:\n${describe(missing)}\nInstall them with: ${installCommand(missing)}\n(or run "npm run setup" as root, which installs them)`)
  process.exit(2)
}
// The tests' temporary files (workspaces, converted documents, browser profiles) go into a folder
// of this run's, removed when it ends: thousands of folders a run, which piled up in /tmp.
const temporary = mkdtempSync(join(tmpdir(), 'egiz-test-run-'))
const result = spawnSync('vitest', ['run', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, TMPDIR: temporary } })
rmSync(temporary, { recursive: true, force: true })
process.exit(result.status ?? 1)
