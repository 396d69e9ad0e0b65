// The SMTP server the outbox bench sends to (npm smtp-server on loopback):
// accepts every login, sender and recipient, keeps nothing of a mail but the
// time it arrived, so what is measured is the senders, not the sink.
import { SMTPServer } from "smtp-server"

/** Starts the sink (on a free port unless given); `expect(n)` resolves with the arrival times once n more mails have arrived. */
export async function startSmtpSink({ port: wanted = 0 } = {}) {
  let arrivals = []
  let waiting = null
  const server = new SMTPServer({
    secure: false,
    // No TLS on loopback: neither side should pay for encryption the other skips.
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authOptional: true,
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: "bench" }),
    onData: (stream, _session, callback) => {
      stream.on("end", () => {
        arrivals.push(performance.now())
        callback(null)
        if (waiting && arrivals.length >= waiting.count) {
          const { resolve } = waiting
          waiting = null
          resolve(arrivals)
        }
      })
      stream.resume()
    },
  })
  const port = await new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(wanted, "127.0.0.1", () => resolve(server.server.address().port))
  })
  return {
    host: "127.0.0.1",
    port,
    /** Forgets earlier arrivals and waits for `count` new ones (rejects after `timeoutMs` without one). */
    expect(count, timeoutMs = 120_000) {
      arrivals = []
      return new Promise((resolve, reject) => {
        let seen = 0
        const idle = setInterval(() => {
          if (!waiting) return clearInterval(idle)
          if (arrivals.length === seen) {
            clearInterval(idle)
            waiting = null
            reject(new Error(`the SMTP sink got ${arrivals.length} of ${count} mails, then nothing for ${timeoutMs / 1000} s`))
          }
          seen = arrivals.length
        }, timeoutMs)
        waiting = { count, resolve: (times) => (clearInterval(idle), resolve(times)) }
      })
    },
    get received() {
      return arrivals.length
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
