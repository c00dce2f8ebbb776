// The two input files of a pair command, from `--kk`/`--ru` and positional arguments.
import { statSync } from 'node:fs'
import { appendAll } from '../aligner/append.ts'
export interface InputFile {
  path: string
  language?: 'kk' | 'ru'
}

/** The two files of a pair: `--kk`/`--ru` first, then positional ones. */
export function pairInputs(positional: string[], options: Map<string, string | true>): { ok: true; inputs: InputFile[] } | { ok: false; reason: string } {
  const inputs: InputFile[] = []
  const kk = options.get('--kk')
  const ru = options.get('--ru')
  if (typeof kk === 'string') inputs.push({ path: kk, language: 'kk' })
  if (typeof ru === 'string') inputs.push({ path: ru, language: 'ru' })
  appendAll(inputs, positional.map((path) => ({ path })))
  // One folder given: the pair is inside it, or the whole folder was meant (egiz batch).
  if (inputs.length === 1 && isFolder(inputs[0]!.path)) {
    return { ok: false, reason: `${inputs[0]!.path} is a folder: give the Kazakh and the Russian file in it, or import every pair in it with "egiz batch ${inputs[0]!.path}"` }
  }
  if (inputs.length !== 2) return { ok: false, reason: `give exactly two files, the Kazakh and the Russian version (got ${inputs.length})` }
  return { ok: true, inputs }
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false
}
