import { parentPort } from "node:worker_threads"
import { parseMail, withoutHeaders } from "./parse"
import { ParseOptions } from "./types"

type Job = { id: number; raw: Uint8Array; options: ParseOptions }

// One mail at a time, in the order posted: mail is posted as it is fetched,
// and hundreds of parses interleaved would all finish together at the end,
// holding back the first chunk's store until the last mail is read.
let queue: Promise<void> = Promise.resolve()

/** Runs parseMail off the main thread for ParsePool (parse-pool.ts). */
parentPort?.on("message", (job: Job) => {
  queue = queue.then(() => run(job))
})

// The pool times each mail from here on, not the worker's start-up.
parentPort?.postMessage({ ready: true })

async function run(job: Job) {
  try {
    const parsed = withoutHeaders(await parseMail(Buffer.from(job.raw.buffer, job.raw.byteOffset, job.raw.byteLength), job.options))
    parentPort!.postMessage({ id: job.id, parsed })
  } catch (error) {
    const e = error as Error
    parentPort!.postMessage({ id: job.id, error: { name: e.name, message: e.message } })
  }
}
