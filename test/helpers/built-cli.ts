// The built command line (dist/cli), rebuilt for the tests when its sources changed since.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { builtCliIsFresh } from '../../scripts/built-cli.mjs'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export function ensureCliBuilt(): void {
  if (builtCliIsFresh()) return
  execFileSync(process.execPath, [`${ROOT}node_modules/vite/bin/vite.js`, 'build', '--config', `${ROOT}cli/vite.config.ts`, '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' })
}
