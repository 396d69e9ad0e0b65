import { parentPort } from "node:worker_threads"
import { parseMail } from "./parse"
import { ParseOptions } from "./types"

/** Runs parseMail off the main thread for ParsePool (parse-pool.ts). */
parentPort?.on("message", async (job: { id: number; raw: Uint8Array; options: ParseOptions }) => {
  try {
    const parsed = await parseMail(Buffer.from(job.raw.buffer, job.raw.byteOffset, job.raw.byteLength), job.options)
    parentPort!.postMessage({ id: job.id, parsed })
  } catch (error) {
    const e = error as Error
    parentPort!.postMessage({ id: job.id, error: { name: e.name, message: e.message } })
  }
})
