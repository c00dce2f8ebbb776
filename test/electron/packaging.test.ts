import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const require = createRequire(import.meta.url)

describe('electron-builder.yml', () => {
  const config = load(readFileSync(`${ROOT}electron-builder.yml`, 'utf8')) as Record<string, unknown>
  // electron-builder's own validation against its schema (app-builder-lib/scheme.json).
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as { validateConfiguration: (config: unknown, logger: { isEnabled: boolean; add: () => void }) => Promise<void> }
  const logger = { isEnabled: false, add: () => {} }

  it('passes electron-builder\'s schema', async () => {
    await expect(validateConfiguration(config, logger)).resolves.toBeUndefined()
  })

  it('a wrong setting would be caught (the check is real)', async () => {
    await expect(validateConfiguration({ ...config, linux: { target: 'AppImage', colour: 'blue' } }, logger)).rejects.toThrow(/Invalid configuration object/)
  })

  it('flips the Electron fuses that would let another program run code as Egiz', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('builds AppImage, deb, NSIS and dmg, with better-sqlite3 outside the asar', () => {
    expect(config).toMatchObject({ linux: { target: ['AppImage', 'deb'] }, win: { target: ['nsis'] }, mac: { target: ['dmg'] }, asarUnpack: ['node_modules/better-sqlite3/**'] })
    expect(JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).main).toBe('dist/electron/main.cjs')
  })
})
