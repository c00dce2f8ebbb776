// Starting and ending the import worker threads. A thread starts only once the threads ended before
// it are gone: creating a worker while another worker's isolate is being torn down can crash the
// whole process (nodejs/node#56312, "Segmentation fault while terminating and starting workers",
// open), and the test process crashed now and then with SIGSEGV where one import's thread was ended
// and the next import's started at once.
import { Worker, type ResourceLimits } from 'node:worker_threads'

/** Settles once every thread ended so far is gone. */
let endings: Promise<void> = Promise.resolve()
/** Each thread's exit, watched from its start so that an exit before it is ended is not missed. */
const exits = new WeakMap<Worker, Promise<void>>()

/** A new worker thread running `path`, once the threads ended before it are gone. */
export async function startWorker(path: string, resourceLimits: ResourceLimits): Promise<Worker> {
  await endings
  const worker = new Worker(path, { resourceLimits })
  exits.set(worker, new Promise((resolve) => worker.once('exit', () => resolve())))
  return worker
}

/**
 * Ends a worker thread. `release`: it has nothing in hand, so it is told there is no more work and
 * ends by itself, as a thread ends normally; `terminate`: it is stopped wherever it is (past its
 * budget, cancelled).
 */
export function endWorker(worker: Worker, how: 'release' | 'terminate'): void {
  const exit = exits.get(worker) ?? Promise.resolve()
  // A thread that does not end is waited for only so long: no import may wait on it for ever.
  endings = Promise.all([endings, Promise.race([exit, delay(MOST_WAIT_FOR_END_MS)])]).then(() => undefined)
  if (how === 'terminate') {
    void worker.terminate()
    return
  }
  worker.postMessage(null)
  // One that has not ended by itself after a while (a script that does not know the message) is stopped.
  const stop = setTimeout(() => void worker.terminate(), MOST_WAIT_FOR_END_MS)
  stop.unref()
  void exit.then(() => clearTimeout(stop))
}

/** Longest wait for a thread told to end before it is stopped, and for a thread's end before the next one starts. */
const MOST_WAIT_FOR_END_MS = 2_000

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref())
}
