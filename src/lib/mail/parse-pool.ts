import { existsSync } from "node:fs"
import { availableParallelism } from "node:os"
import path from "node:path"
import { Worker } from "node:worker_threads"
import { parseMail, PooledMail, withoutHeaders } from "./parse"
import { MailTooSlowError, NotMailError, ParseOptions } from "./types"

/** How long one mail may take to read before its worker is replaced. */
export const PARSE_BUDGET_MS = 10_000

export type ParsePoolOptions = {
  /** worker threads; default one per spare core, at most 2 */
  size?: number
  /** per mail, see PARSE_BUDGET_MS */
  budgetMs?: number
  /** the worker script; default the compiled parse-worker.js beside this file, and without it mail is parsed on the calling thread */
  workerFile?: string
  /** Node options of the workers, e.g. a TypeScript loader for tests that run parse-worker.ts */
  execArgv?: string[]
}

type Job = {
  id: number
  raw: Buffer
  options: ParseOptions
  resolve: (mail: PooledMail) => void
  reject: (error: Error) => void
}
type Reply = { id: number; parsed?: PooledMail; error?: { name: string; message: string } } | { ready: true }

/**
 * One worker and the mail sent to it, in order: the worker reads one mail at
 * a time, so the first is the one being read. The clock runs once the worker
 * has loaded the parser (`ready`): its start-up is not the mail's time.
 */
type Lane = { worker: Worker; ready: boolean; queue: Job[]; clock: NodeJS.Timeout | null }

/**
 * Parses mail on worker threads, so the collector's main thread stores one
 * batch while the next is parsed: parsing is the CPU-heavy half of ingest.
 * A mail that takes longer than the budget (hostile input the parser cannot
 * read in reasonable time) fails with MailTooSlowError; its worker is
 * terminated and replaced, and the mail queued behind it goes to the new one.
 * Each lane has one timer, restarted as each mail begins.
 * Falls back to the calling thread where the compiled worker is not present
 * (running from TypeScript sources, e.g. under jest), without a budget.
 */
export class ParsePool {
  private readonly lanes: Lane[] = []
  private nextId = 0
  private turn = 0
  private closed = false
  private readonly budgetMs: number

  constructor(private readonly options: ParsePoolOptions = {}) {
    this.budgetMs = options.budgetMs ?? PARSE_BUDGET_MS
    if (!options.workerFile) return
    const size = options.size ?? defaultSize()
    for (let i = 0; i < size; i++) {
      const lane: Lane = { worker: null as unknown as Worker, ready: false, queue: [], clock: null }
      lane.worker = this.startWorker(lane)
      this.lanes.push(lane)
    }
  }

  static create(options: ParsePoolOptions = {}): ParsePool {
    const file = path.join(__dirname, "parse-worker.js")
    return new ParsePool({ ...options, workerFile: existsSync(file) ? file : undefined })
  }

  get threaded(): boolean {
    return this.lanes.length > 0
  }

  parse(raw: Buffer, options: ParseOptions): Promise<PooledMail> {
    if (!this.lanes.length) {
      return parseMail(raw, options).then(withoutHeaders)
    }
    const lane = this.lanes[this.turn++ % this.lanes.length]
    return new Promise((resolve, reject) => {
      const job = { id: this.nextId++, raw, options, resolve, reject }
      lane.queue.push(job)
      lane.worker.postMessage({ id: job.id, raw, options })
      if (lane.queue.length === 1) this.startClock(lane)
    })
  }

  /** Stops the workers; mail not read yet fails. */
  async close(): Promise<void> {
    this.closed = true
    const lanes = this.lanes.splice(0)
    for (const lane of lanes) {
      if (lane.clock) clearTimeout(lane.clock)
      for (const job of lane.queue.splice(0)) job.reject(new Error("the mail parser was stopped"))
    }
    await Promise.all(lanes.map((lane) => lane.worker.terminate()))
  }

  private startWorker(lane: Lane): Worker {
    const worker = new Worker(this.options.workerFile!, this.options.execArgv ? { execArgv: this.options.execArgv } : undefined)
    lane.ready = false
    // Idle workers must not keep a CLI or test process alive.
    worker.unref()
    // A replaced worker may still answer before it stops: only the lane's current worker counts.
    const current = () => lane.worker === worker && !this.closed
    worker.on("message", (reply: Reply) => {
      if (current()) this.answer(lane, reply)
    })
    worker.on("error", (error) => {
      if (current()) this.replace(lane, new Error(`the mail parser failed: ${error.message}`))
    })
    worker.on("exit", (code) => {
      if (current()) this.replace(lane, new Error(`the mail parser stopped (exit code ${code})`))
    })
    return worker
  }

  private answer(lane: Lane, reply: Reply) {
    if ("ready" in reply) {
      lane.ready = true
      this.startClock(lane)
      return
    }
    const job = lane.queue[0]
    if (!job || job.id !== reply.id) return
    lane.queue.shift()
    this.startClock(lane)
    if (reply.error) {
      job.reject(reply.error.name === "NotMailError" ? new NotMailError(reply.error.message) : new Error(reply.error.message))
    } else {
      job.resolve(revive(reply.parsed!))
    }
  }

  /** Times the lane's first mail; the lane's one timer is restarted, not made anew, for each mail. */
  private startClock(lane: Lane) {
    if (!lane.ready) return
    if (!lane.queue.length) {
      if (lane.clock) clearTimeout(lane.clock)
      lane.clock = null
    } else if (lane.clock) {
      lane.clock.refresh()
    } else {
      lane.clock = setTimeout(() => {
        lane.clock = null
        this.replace(lane, new MailTooSlowError(this.budgetMs))
      }, this.budgetMs)
      lane.clock.unref()
    }
  }

  /** Fails the mail being read with `error`, and reads the rest of the lane's mail on a new worker. */
  private replace(lane: Lane, error: Error) {
    const old = lane.worker
    lane.worker = this.startWorker(lane)
    old.terminate().catch(() => undefined)
    lane.queue.shift()?.reject(error)
    for (const job of lane.queue) lane.worker.postMessage({ id: job.id, raw: job.raw, options: job.options })
    if (lane.clock) clearTimeout(lane.clock)
    lane.clock = null
    this.startClock(lane)
  }
}

const defaultSize = () => Math.max(1, Math.min(2, availableParallelism() - 1))

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
