import { describe, expect, it } from 'vitest'
import { dispatch } from '../../contract/dispatch.ts'
import { importSlug, openWorkspace } from '../helpers/workspace.ts'

const workspace = openWorkspace()
const alignmentId = importSlug(workspace, 'kz-fi-investment-bit-1992')
const errors: unknown[] = []
const call = (channel: string, input: unknown) => dispatch(workspace, channel, input, (error) => errors.push(error))

describe('the contract between the UI and the back end', () => {
  it('runs valid calls on the workspace', async () => {
    const page = await call('pairs.page', { alignmentId, limit: 3 })
    expect(page).toMatchObject({ ok: true })
    const [first] = (page as { value: Array<{ id: number }> }).value
    expect(await call('pair.merge', { pairId: first!.id, direction: 'next' })).toMatchObject({ ok: true, value: { ok: true } })
    expect(await call('history.undo', { alignmentId })).toMatchObject({ ok: true, value: { ok: true } })
    expect(await call('pairs.status', { status: 'confirmed', upToPairId: first!.id })).toMatchObject({ ok: true, value: { ok: true } })
  })

  it.each([
    ['no.such.channel', {}, 'unknown-channel', 'there is no operation "no.such.channel"'],
    ['pairs.page', { alignmentId: 'one' }, 'invalid-input', 'alignmentId must be a whole number'],
    ['pairs.page', { alignmentId: 0 }, 'invalid-input', 'alignmentId must be between 1 and'],
    ['pairs.page', { alignmentId: 1, limit: 1e9 }, 'invalid-input', 'limit must be between 1 and 2000'],
    ['pairs.page', { alignmentId: 1, sql: 'DROP TABLE pairs' }, 'invalid-input', 'sql is not a known field'],
    ['pairs.page', null, 'invalid-input', 'input must be an object'],
    ['pairs.page', [1], 'invalid-input', 'input must be an object'],
    ['pair.merge', { pairId: 1, direction: 'sideways' }, 'invalid-input', 'direction must be one of next, previous'],
    ['pair.edit', { pairId: 1, side: 'en', text: 'x' }, 'invalid-input', 'side must be one of kk, ru'],
    ['pair.split', { pairId: 1, kk: { offset: -1 } }, 'invalid-input', 'kk matches none of the accepted forms'],
    ['search', { query: '' }, 'invalid-input', 'query must not be empty'],
    ['finding.dismiss', { findingId: 1 }, 'invalid-input', 'reason must be text'],
    ['import.paths', { project: 'P', first: 'kk.txt', second: '/x/ru.txt' }, 'invalid-input', 'first must be a full path'],
    ['batch.start', { folder: '../treaties', project: 'P' }, 'invalid-input', 'folder must be a full path'],
    ['batch.start', { folder: '/treaties', project: '   ' }, 'invalid-input', 'project must not be blank'],
    ['import.paths', { project: '', first: '/x/kk.txt', second: '/x/ru.txt' }, 'invalid-input', 'project must not be empty'],
    ['batch.status', { jobId: 'one' }, 'invalid-input', 'jobId must be a whole number'],
  ])('refuses %s %j', async (channel, input, code, message) => {
    const reply = await call(channel, input)
    expect(reply).toMatchObject({ ok: false, error: { code } })
    expect((reply as { error: { message: string } }).error.message).toContain(message)
  })

  it('passes expected failures through as data, and turns a bug into a message', async () => {
    expect(await call('pair.merge', { pairId: 999999, direction: 'next' })).toEqual({ ok: true, value: { ok: false, reason: 'pair 999999 does not exist' } })
    const broken = await dispatch({ projects: () => { throw new Error('boom') } } as never, 'projects.list', {}, (error) => errors.push(error))
    expect(broken).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('nothing was changed') } })
    expect(String(errors.at(-1))).toContain('boom')
  })
})
