// The outside tools the TMX tests check our files with: xmllint against the TMX 1.4 DTD that
// OmegaT ships (taken from the installed Debian omegat package, which npm run setup installs),
// and translate-toolkit, read by the Debian Python that has it.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url))
const DTD = join(ARTIFACTS, 'tmx14.dtd')
const READER = fileURLToPath(new URL('../fixtures/tmx/read_with_translate_toolkit.py', import.meta.url))
const DEBIAN_PYTHON = '/usr/bin/python3'

const OMEGAT_JAR = '/usr/share/omegat/OmegaT.jar'

/** Path of tmx14.dtd, taken out of the installed OmegaT.jar on first use. */
export function tmx14Dtd(): string {
  if (existsSync(DTD)) return DTD
  const dtd = execFileSync('unzip', ['-p', OMEGAT_JAR, 'schemas/tmx14.dtd'])
  mkdirSync(ARTIFACTS, { recursive: true })
  writeFileSync(DTD, dtd)
  return DTD
}

/** xmllint's verdict on a file against the TMX 1.4 DTD: '' when valid, its complaints otherwise. */
export function dtdProblems(path: string): string {
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', tmx14Dtd(), path], { encoding: 'utf8' })
  if (result.error) throw new Error(`xmllint is not installed (Debian libxml2-utils): ${result.error.message}`)
  return result.status === 0 ? '' : result.stderr
}

export interface ToolkitUnit {
  id: string
  variants: Record<string, string>
}

/** The units of a TMX as translate-toolkit reads them. */
export function readWithTranslateToolkit(path: string): ToolkitUnit[] {
  const output = execFileSync(DEBIAN_PYTHON, [READER, path], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  return (JSON.parse(output) as { units: ToolkitUnit[] }).units
}
