// bin/egiz.mjs as the system starts it: through its first line, which passes Egiz's Node flags.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { delimiter, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { EGIZ_NODE_FLAGS } from '../../scripts/node24.mjs'

const EGIZ = fileURLToPath(new URL('../../bin/egiz.mjs', import.meta.url))

describe('the egiz executable', () => {
  it('starts Node with the flags every egiz process runs with', () => {
    const firstLine = readFileSync(EGIZ, 'utf8').split('\n', 1)[0]
    expect(firstLine).toBe(`#!/usr/bin/env -S node ${EGIZ_NODE_FLAGS.join(' ')}`)
  })

  it('runs when executed as a file, as npm links it', () => {
    const path = [dirname(process.execPath), process.env.PATH ?? ''].join(delimiter)
    const help = execFileSync(EGIZ, ['--help'], { encoding: 'utf8', env: { ...process.env, PATH: path } })
    expect(help).toMatch(/^usage: egiz COMMAND/m)
  })
})
