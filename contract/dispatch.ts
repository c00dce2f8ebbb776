// Runs one call from the UI: refuses unknown channels and invalid input with a message, passes
// expected failures through as data, and turns a bug into a plain message instead of a crash.
import type { Workspace } from '../corpus/workspace.ts'
import { CHANNELS, type ChannelName } from './channels.ts'

export type Reply =
  | { ok: true; value: unknown }
  | { ok: false; error: { code: 'unknown-channel' | 'invalid-input' | 'internal'; message: string } }

export function isChannel(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(CHANNELS, name)
}

export async function dispatch(workspace: Workspace, name: string, input: unknown, report: (error: unknown) => void): Promise<Reply> {
  if (!isChannel(name)) return { ok: false, error: { code: 'unknown-channel', message: `there is no operation "${name}"` } }
  const channel = CHANNELS[name] as { input: (value: unknown, path: string) => { ok: boolean; value?: unknown; reason?: string }; call: (ws: Workspace, input: unknown) => unknown }
  const checked = channel.input(input, '')
  if (!checked.ok) return { ok: false, error: { code: 'invalid-input', message: checked.reason! } }
  try {
    return { ok: true, value: await channel.call(workspace, checked.value) }
  } catch (error) {
    report(error)
    return { ok: false, error: { code: 'internal', message: 'Egiz met an internal problem and did not finish this step; nothing was changed. Please report it with the log.' } }
  }
}
