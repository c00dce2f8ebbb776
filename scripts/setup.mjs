// One-command set-up: gets Node 24 if the machine's is older, installs the Debian packages the
// tests use (or says the one command that does), installs the locked packages, builds, then aligns
// the bundled sample agreement so a new user sees Egiz work.
import { execFileSync, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import {
  BUNDLED_NODE_PACKAGE, BUNDLED_NODE_PREFIX, envWithNode24, findNode24Bin, nodeMajor, PROJECT_ROOT,
  REQUIRED_NODE_MAJOR,
} from './node24.mjs'
import { canInstallHere, describe, installCommand, missingSystemPackages } from './system-packages.mjs'

function run(command, args, env) {
  console.log(`$ ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env, cwd: PROJECT_ROOT })
  if (result.status !== 0) {
    console.error(`setup: "${command} ${args.join(' ')}" failed (exit ${result.status}). Fix the error above and run "npm run setup" again.`)
    process.exit(result.status || 1)
  }
}

let binDir = findNode24Bin()
if (!binDir) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.error(`setup: Node.js ${REQUIRED_NODE_MAJOR} is needed and can be fetched automatically only on Linux x64. Install Node ${REQUIRED_NODE_MAJOR} and run "npm run setup" again.`)
    process.exit(2)
  }
  console.log(`setup: Node ${process.versions.node} is older than ${REQUIRED_NODE_MAJOR}; fetching ${BUNDLED_NODE_PACKAGE} into .tools/`)
  run('npm', ['install', '--prefix', BUNDLED_NODE_PREFIX, '--no-save', '--no-audit', '--no-fund', BUNDLED_NODE_PACKAGE], process.env)
  binDir = findNode24Bin()
}
const env = { ...envWithNode24(binDir), ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }
const version = execFileSync(join(binDir, 'node'), ['--version'], { encoding: 'utf8' }).trim()
if (nodeMajor(version.slice(1)) < REQUIRED_NODE_MAJOR) {
  console.error(`setup: found Node ${version}, need ${REQUIRED_NODE_MAJOR}.`)
  process.exit(2)
}
installSystemPackages()
run('npm', ['ci', '--no-audit', '--no-fund'], env)
run('npm', ['run', 'build:cli'], env)
run('npm', ['run', 'build:ui'], env)
run('npm', ['run', 'build:electron'], env)
if (!process.argv.includes('--no-sample')) {
  run(join(binDir, 'node'), [join(PROJECT_ROOT, 'bin', 'egiz.mjs'), 'align', 'samples/kz-fi-investment/kk.txt', 'samples/kz-fi-investment/ru.txt'], env)
}
console.log('\nsetup: done. Try "npx egiz align --help", and "npm test" to run the tests.')

/** Installs the tests' Debian packages where this process can; otherwise names them and the command. */
function installSystemPackages() {
  let missing = missingSystemPackages()
  if (missing.length === 0) return
  if (canInstallHere()) {
    console.log(`setup: installing the Debian packages the tests use:\n${describe(missing)}`)
    const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    run('apt-get', ['update', '-qq'], aptEnv)
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing.map((pkg) => pkg.name)], aptEnv)
    missing = missingSystemPackages()
    if (missing.length === 0) return
  }
  console.log(`setup: Egiz itself runs without them, but "npm test" needs these system packages:\n${describe(missing)}\nInstall them with: ${installCommand(missing)}`)
}
