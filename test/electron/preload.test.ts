import { describe, expect, it, vi } from 'vitest'

const exposed: Record<string, unknown> = {}
const invoke = vi.fn(async () => ({ ok: true }))
const on = vi.fn()
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (exposed[name] = api) },
  ipcRenderer: { invoke, on },
}))

describe('the preload bridge', () => {
  it('exposes the contract call and menu commands, and nothing else', async () => {
    await import('../../electron/preload.ts')
    expect(Object.keys(exposed)).toEqual(['egiz'])
    const api = exposed.egiz as { call: (c: string, i: unknown) => Promise<unknown>; onCommand: (l: (c: string) => void) => void }
    expect(Object.keys(api).sort()).toEqual(['call', 'onCommand'])
    await api.call('projects.list', {})
    expect(invoke).toHaveBeenCalledWith('egiz:call', 'projects.list', {})
    const commands: string[] = []
    api.onCommand((command) => commands.push(command))
    const listener = on.mock.calls[0]![1] as (event: unknown, command: unknown) => void
    listener({}, 'undo')
    listener({}, { not: 'a command' })
    expect(commands).toEqual(['undo'])
  })
})
