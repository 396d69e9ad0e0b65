import { existsSync } from "node:fs"
import { availableParallelism } from "node:os"
import path from "node:path"
import { Worker } from "node:worker_threads"
import { parseMail, PooledMail, withoutHeaders } from "./parse"
import { NotMailError, ParseOptions } from "./types"

type Pending = { resolve: (mail: PooledMail) => void; reject: (error: Error) => void }

/**
 * Parses mail on worker threads, so the collector's main thread stores one
 * batch while the next is parsed: parsing is the CPU-heavy half of ingest.
 * Falls back to the calling thread where the compiled worker is not present
 * (running from TypeScript sources, e.g. under jest).
 */
export class ParsePool {
  private readonly workers: Worker[] = []
  private readonly pending = new Map<number, Pending>()
  private nextId = 0
  private turn = 0

  private constructor(file: string | null, size: number) {
    if (!file) return
    for (let i = 0; i < size; i++) {
      const worker = new Worker(file)
      // Idle workers must not keep a CLI or test process alive.
      worker.unref()
      worker.on("message", (reply: { id: number; parsed?: PooledMail; error?: { name: string; message: string } }) => {
        const job = this.pending.get(reply.id)
        if (!job) return
        this.pending.delete(reply.id)
        if (reply.error) {
          job.reject(reply.error.name === "NotMailError" ? new NotMailError(reply.error.message) : new Error(reply.error.message))
        } else {
          job.resolve(revive(reply.parsed!))
        }
      })
      worker.on("error", (error) => this.failAll(error))
      this.workers.push(worker)
    }
  }

  static create(size = Math.max(1, Math.min(2, availableParallelism() - 1))): ParsePool {
    const file = path.join(__dirname, "parse-worker.js")
    return new ParsePool(existsSync(file) ? file : null, size)
  }

  get threaded(): boolean {
    return this.workers.length > 0
  }

  parse(raw: Buffer, options: ParseOptions): Promise<PooledMail> {
    if (!this.workers.length) {
      return parseMail(raw, options).then(withoutHeaders)
    }
    const id = this.nextId++
    const worker = this.workers[this.turn++ % this.workers.length]
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      worker.postMessage({ id, raw, options })
    })
  }

  private failAll(error: Error) {
    for (const job of this.pending.values()) job.reject(error)
    this.pending.clear()
  }
}

/** Buffers cross the thread boundary as plain Uint8Arrays. */
function revive(mail: PooledMail): PooledMail {
  for (const a of mail.attachments) {
    const bytes = a.content as unknown as Uint8Array
    a.content = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }
  return mail
}

let shared: ParsePool | null = null

/** The process's pool, made on first use. */
export function sharedParsePool(): ParsePool {
  shared ??= ParsePool.create()
  return shared
}
