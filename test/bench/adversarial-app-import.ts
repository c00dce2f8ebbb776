// The app's import path for bench:adversarial, as a process of its own: opens a workspace and
// imports one pair through the contract's import.paths channel (reading and aligning on a worker
// thread with its budget), as the desktop app and egiz serve do. Exit 0 imported, 2 refused.
import { dispatch } from '../../contract/dispatch.ts'
import { Workspace } from '../../corpus/workspace.ts'
import { useFrancOnDemand } from '../../corpus/franc-loader.ts'

// This script aligns in its own process: franc is loaded when a text's letters do not decide.
useFrancOnDemand()

const [database, first, second] = process.argv.slice(2)
const opened = Workspace.open(database!)
if (!opened.ok) {
  process.stderr.write(`egiz: ${opened.reason}\n`)
  process.exit(2)
}
const reply = await dispatch(opened.workspace, 'import.paths', { project: 'Adversarial', first, second }, (error) => process.stderr.write(`egiz: internal: ${String(error)}\n`))
opened.workspace.close()
const refusal = !reply.ok ? reply.error.message : (reply.value as { ok: boolean; reason?: string }).ok ? null : (reply.value as { reason: string }).reason
if (refusal !== null) process.stderr.write(`egiz: ${refusal}\n`)
process.exit(refusal === null ? 0 : 2)
