// Egiz and hunalign on the same input, each as a whole process, at one document and as the input
// grows ×1, ×4, ×16: CPU time, the ratio of the two, and peak memory.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { hunalignArguments } from './hunalign.ts'
import { interleavedMedians, measureProcess, type ProcessUsage } from './measure-process.ts'
import { EGIZ_NODE_FLAGS } from '../../../scripts/node24.mjs'

const EGIZ = fileURLToPath(new URL('../../../bin/egiz.mjs', import.meta.url))
/** hunalign is quadratic; past this it is reported as not finishing rather than waited for. */
const PEER_TIMEOUT_SECONDS = 300

export interface PeerRun {
  megabytes: number
  egiz: ProcessUsage
  hunalign: ProcessUsage | undefined
}

/** Writes the pair (repeated `times` times) and measures both aligners on it, `rounds` interleaved runs. */
export function measureAgainstPeer(pair: { kk: string; ru: string }, times: number, rounds: number, hunalign: string | undefined): PeerRun {
  const folder = mkdtempSync(join(tmpdir(), `egiz-bench-peer-${times}-`))
  const kk = new TextEncoder().encode(Array(times).fill(pair.kk).join('\n\n'))
  const ru = new TextEncoder().encode(Array(times).fill(pair.ru).join('\n\n'))
  writeFileSync(join(folder, 'kk.txt'), kk)
  writeFileSync(join(folder, 'ru.txt'), ru)
  const egizArgs = [...EGIZ_NODE_FLAGS, EGIZ, 'align', join(folder, 'kk.txt'), join(folder, 'ru.txt'), '--level', 'sentence', '--format', 'json', '-o', join(folder, 'pairs.json')]
  const cases: Record<string, () => ProcessUsage> = { egiz: () => measureProcess(process.execPath, egizArgs) }
  if (hunalign) {
    const peerFolder = join(folder, 'hunalign')
    mkdirSync(peerFolder)
    const args = hunalignArguments(peerFolder, kk, ru)
    // cwd: hunalign writes a log (translate.txt) into the folder it runs in.
    cases.hunalign = () => measureProcess(hunalign, args, { timeoutSeconds: PEER_TIMEOUT_SECONDS, cwd: peerFolder })
  }
  const medians = interleavedMedians(cases, rounds)
  return { megabytes: (kk.length + ru.length) / 1048576, egiz: medians.egiz!, hunalign: medians.hunalign }
}
