// A batch worker thread: reads, cleans, aligns and checks one pair at a time and sends the
// analysis back; the main thread writes it, so the database has one writer.
import { parentPort } from 'node:worker_threads'
import { readDocumentFile } from '../files/read-document.ts'
import { analysePair, type Analysis } from '../import.ts'

export interface WorkerTask {
  id: number
  kk: string
  ru: string
}

export interface WorkerReply {
  id: number
  analysis: Analysis
}

async function analyse(task: WorkerTask): Promise<Analysis> {
  const kk = await readDocumentFile(task.kk)
  if (!kk.ok) return kk
  const ru = await readDocumentFile(task.ru)
  if (!ru.ok) return ru
  return analysePair([kk.source, ru.source])
}

parentPort?.on('message', (task: WorkerTask) => {
  analyse(task).then(
    (analysis) => parentPort!.postMessage({ id: task.id, analysis } satisfies WorkerReply),
    (error: unknown) => parentPort!.postMessage({ id: task.id, analysis: { ok: false, reason: `Egiz met an internal problem with this pair (${error instanceof Error ? error.message : String(error)})` } } satisfies WorkerReply),
  )
})
