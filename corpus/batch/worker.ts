// An import worker thread: reads, cleans, aligns and checks one pair at a time and sends back the
// rows to store (import-record.ts); the calling thread writes it, so the database has one writer and the app's main
// process stays responsive.
import { relative, sep } from 'node:path'
import { parentPort } from 'node:worker_threads'
import type { LanguageCode } from '../../aligner/language.ts'
import { failure } from '../../aligner/problems.ts'
import { documentFromBytes, readDocumentFile, type ReadDocument } from '../files/read-document.ts'
import { analyseAndRecord, type RecordedAnalysis } from '../analyse.ts'
import { useFrancOnDemand } from '../franc-loader.ts'

useFrancOnDemand()

/** Two files by path (a folder import, the open dialog) or as bytes (an upload, a drop). */
export type WorkerTask =
  /** `folder`: a folder import names each document by its path inside the folder (`a/kk.txt`). */
  | { id: number; kk: string; ru: string; folder?: string }
  | { id: number; files: Array<{ name: string; bytes: Uint8Array; language?: LanguageCode }> }

export interface WorkerReply {
  id: number
  analysis: RecordedAnalysis
}

async function analyse(task: WorkerTask): Promise<RecordedAnalysis> {
  // A folder import names each document by its path inside the folder, in reasons too.
  const named = (path: string) => ('folder' in task && task.folder ? relative(task.folder, path).split(sep).join('/') : path)
  const reads: Array<() => Promise<ReadDocument>> =
    'files' in task ? task.files.map((file) => () => documentFromBytes(file.name, file.bytes, file.language)) : [() => readDocumentFile(task.kk, undefined, named(task.kk)), () => readDocumentFile(task.ru, undefined, named(task.ru))]
  const sources = []
  for (const read of reads) {
    const document = await read()
    if (!document.ok) return document
    sources.push(document.source)
  }
  if (sources.length !== 2) return { ok: false, reason: `give two files, the Kazakh and the Russian version (got ${sources.length})` }
  return analyseAndRecord([sources[0]!, sources[1]!])
}

parentPort?.on('message', (task: WorkerTask | null) => {
  // No more tasks: with its port closed the thread has nothing left to do and ends by itself.
  if (task === null) return parentPort!.close()
  analyse(task).then(
    (analysis) => parentPort!.postMessage({ id: task.id, analysis } satisfies WorkerReply),
    (error: unknown) => parentPort!.postMessage({ id: task.id, analysis: failure({ code: 'internal', message: error instanceof Error ? error.message : String(error) }) } satisfies WorkerReply),
  )
})
