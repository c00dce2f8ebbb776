import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../cli/main.ts'
import { temporaryPath } from '../helpers/workspace.ts'

async function egiz(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) })
  return { code, out, err }
}

describe('egiz rules', () => {
  it('writes SRX 2.0 with the legal abbreviations as exceptions before the default rules', async () => {
    const file = join(temporaryPath('x'), '..', 'egiz.srx')
    expect(await egiz('rules', '-o', file)).toMatchObject({ code: 0, err: expect.stringContaining('SRX 2.0 segmentation rules written') })
    const srx = readFileSync(file, 'utf8')
    expect(srx).toContain('<srx xmlns="http://www.lisa.org/srx20" version="2.0">')
    expect(srx).toContain('<rule break="no"><beforebreak>(?iu)(?&lt;![\\p{L}.])ст\\.</beforebreak><afterbreak>\\s</afterbreak></rule>')
    expect(srx.indexOf('ст\\.')).toBeLessThan(srx.indexOf('<rule break="yes"><beforebreak>[\\.\\?\\!]+</beforebreak>'))
  })

  it('writes an OmegaT project file when asked for segmentation.conf, and refuses other names', async () => {
    const file = join(temporaryPath('x'), '..', 'segmentation.conf')
    expect(await egiz('rules', '-o', file)).toMatchObject({ code: 0 })
    expect(readFileSync(file, 'utf8')).toContain('<object class="org.omegat.core.segmentation.SRX">')
    expect(await egiz('rules', '-o', join(temporaryPath('x'), '..', 'rules.txt'))).toMatchObject({ code: 2, err: expect.stringContaining('name it FILE.srx') })
    expect(await egiz('rules')).toMatchObject({ code: 2, err: expect.stringContaining('-o FILE.srx') })
  })
})
