// The review screen's only way to the back end: the contract's channels, over the browser-mode
// host (or, in the desktop app, the preload bridge with the same shape).
import type { ChannelInput, ChannelName, ChannelOutput } from '../contract/channels.ts'

export class ApiError extends Error {}

interface Bridge {
  call: (channel: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>
}

function token(): string {
  const fromAddress = new URLSearchParams(location.search).get('token')
  if (fromAddress) sessionStorage.setItem('egiz-token', fromAddress)
  return fromAddress ?? sessionStorage.getItem('egiz-token') ?? ''
}

async function overHttp(channel: string, input: unknown) {
  const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-egiz-token': token() },
    body: JSON.stringify(input),
  })
  return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } }
}

export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const bridge = (globalThis as { egiz?: Bridge }).egiz
  const reply = bridge ? await bridge.call(channel, input) : await overHttp(channel, input)
  if (!reply.ok) throw new ApiError(reply.error?.message ?? 'the back end did not answer')
  return reply.value as ChannelOutput<C>
}
