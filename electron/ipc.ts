// The only IPC channel: contract calls from the app's own page, checked and dispatched like the
// browser-mode host's, so the desktop app and `egiz serve` behave the same.
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { dispatch, type Reply } from '../contract/dispatch.ts'
import type { Workspace } from '../corpus/workspace.ts'
import { isTrustedSender } from './security.ts'

export const CALL_CHANNEL = 'egiz:call'
export const COMMAND_CHANNEL = 'egiz:command'

export async function handleCall(workspace: Workspace, event: Pick<IpcMainInvokeEvent, 'senderFrame'>, channel: unknown, input: unknown, log: (line: string) => void): Promise<Reply> {
  if (!isTrustedSender(event.senderFrame)) {
    log(`refused a call from ${event.senderFrame?.url ?? 'an unknown frame'}`)
    return { ok: false, error: { code: 'invalid-input', message: 'calls are accepted from the Egiz window only' } }
  }
  if (typeof channel !== 'string') return { ok: false, error: { code: 'invalid-input', message: 'the operation name must be text' } }
  return dispatch(workspace, channel, input, (error) => log(`${channel}: ${error instanceof Error ? error.stack : String(error)}`))
}

/** Whether a call may have added documents (File → Recent lists them): an import, or a folder import that ended. */
function changedDocuments(channel: string, value: unknown): boolean {
  if (channel.startsWith('import.')) return true
  const state = (value as { state?: string } | null)?.state
  return channel === 'batch.status' && (state === 'done' || state === 'cancelled')
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, workspace: Workspace, log: (line: string) => void, onDocumentsChanged: () => void = () => {}): void {
  ipcMain.handle(CALL_CHANNEL, async (event, channel: unknown, input: unknown) => {
    const reply = await handleCall(workspace, event, channel, input, log)
    if (reply.ok && typeof channel === 'string' && changedDocuments(channel, reply.value)) onDocumentsChanged()
    return reply
  })
}
