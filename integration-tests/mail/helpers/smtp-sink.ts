import net from "node:net"
import { ParsedMail, simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"

export interface ReceivedMail {
  envelope: { from: string; to: string[] }
  raw: string
  parsed: ParsedMail
}

/** How the sink answers, changeable while it runs. */
export interface SinkBehaviour {
  /** An SMTP answer to every RCPT TO, e.g. { code: 550, message: "5.1.1 No such user" }. */
  rejectRecipients?: { code: number; message: string } | null
}

export interface SmtpSink {
  host: string
  port: number
  received: ReceivedMail[]
  behaviour: SinkBehaviour
  /** Resolves once `count` mails have arrived, or rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>
  /** Stops listening (the server is "down"); `start()` listens again on the same port. */
  stop(): Promise<void>
  start(): Promise<void>
}

/**
 * A real SMTP server (npm smtp-server) on loopback that keeps every mail it
 * accepts: the peer the helpdesk's outbox sends to in tests.
 */
export async function startSmtpSink(port?: number): Promise<SmtpSink> {
  const sink: SmtpSink = {
    host: "127.0.0.1",
    port: port ?? (await freePort()),
    received: [],
    behaviour: {},
    waitFor: async (count, timeoutMs = 30_000) => {
      const until = Date.now() + timeoutMs
      while (sink.received.length < count) {
        if (Date.now() > until) throw new Error(`the SMTP sink got ${sink.received.length} mail(s), expected ${count}`)
        await new Promise((r) => setTimeout(r, 50))
      }
      return sink.received
    },
    stop: async () => {
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
      server = null
    },
    start: async () => {
      server = newServer(sink)
      await new Promise<void>((resolve, reject) => {
        server!.once("error", reject)
        server!.listen(sink.port, sink.host, () => resolve())
      })
    },
  }
  let server: SMTPServer | null = null
  await sink.start()
  return sink
}

function newServer(sink: SmtpSink): SMTPServer {
  return new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: "helpdesk" }),
    onRcptTo: (_address, _session, callback) => {
      const reject = sink.behaviour.rejectRecipients
      if (!reject) return callback()
      const error = Object.assign(new Error(reject.message), { responseCode: reject.code })
      callback(error)
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = []
      stream.on("data", (chunk: Buffer) => chunks.push(chunk))
      stream.on("end", async () => {
        const raw = Buffer.concat(chunks).toString("utf8")
        sink.received.push({
          envelope: {
            from: (session.envelope.mailFrom as { address: string } | false || { address: "" }).address,
            to: session.envelope.rcptTo.map((r) => r.address),
          },
          raw,
          parsed: await simpleParser(raw),
        })
        callback(null)
      })
    },
  })
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * One SMTP sink for a describe block: started before its tests, emptied
 * (mail and behaviour) before each, stopped after. The object stands for
 * the sink started in beforeAll, so tests use it as they would the sink.
 */
export function useSmtpSink(): SmtpSink {
  let current: SmtpSink | null = null
  beforeAll(async () => {
    current = await startSmtpSink()
  })
  afterAll(async () => {
    await current?.stop()
  })
  beforeEach(() => {
    current!.received.length = 0
    current!.behaviour = {}
  })
  return new Proxy({} as SmtpSink, {
    get: (_target, key) => (current as any)[key],
    set: (_target, key, value) => {
      ;(current as any)[key] = value
      return true
    },
  })
}

/** A mailbox's outgoing server fields for `sink` (any login; `port` for one that is down). */
export function sinkSmtp(sink: SmtpSink, port = sink.port) {
  return { smtp_host: sink.host, smtp_port: port, smtp_secure: false, smtp_user: "helpdesk", smtp_password: "smtp-pass" }
}
