// The Debian packages the tests use, how to tell each is there, and the one command that installs
// what is missing. `npm run setup` installs them where it can (root with apt-get); `npm test` stops
// with the same command line when one is missing, instead of failing test by test.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const DEBIAN_PYTHON = '/usr/bin/python3'

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
}

/** What the tests need from the system, each with the reason and a check that it is installed. */
export const SYSTEM_PACKAGES = [
  { name: 'chromium', why: 'the review screen is tested in headless Chromium', present: () => existsSync('/usr/bin/chromium') },
  { name: 'libxml2-utils', why: 'xmllint checks every TMX against the TMX 1.4 DTD', present: () => onPath('xmllint') },
  {
    name: 'translate-toolkit',
    why: 'every TMX is read back as CAT tool pipelines read it',
    present: () => existsSync(DEBIAN_PYTHON) && spawnSync(DEBIAN_PYTHON, ['-c', 'import translate.storage.tmx'], { stdio: 'ignore' }).status === 0,
  },
  { name: 'unzip', why: 'the TMX DTD is taken out of OmegaT.jar', present: () => onPath('unzip') },
  { name: 'omegat', why: "OmegaT's DTD checks every TMX; its console mode pretranslates documents from Egiz's TMX (the CAT tool round trip)", present: () => existsSync('/usr/share/omegat/OmegaT.jar') },
]

export function missingSystemPackages() {
  return SYSTEM_PACKAGES.filter((pkg) => !pkg.present())
}

/** The one line that installs the given packages on Debian or Ubuntu. */
export function installCommand(missing) {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo '
  return `${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${missing.map((pkg) => pkg.name).join(' ')}`
}

/** Can this process install Debian packages itself (root, with apt-get)? */
export function canInstallHere() {
  return process.platform === 'linux' && process.getuid?.() === 0 && onPath('apt-get')
}

/** The packages' names and reasons, one per line, for a message. */
export function describe(missing) {
  return missing.map((pkg) => `  ${pkg.name}: ${pkg.why}`).join('\n')
}
