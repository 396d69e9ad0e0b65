import nodemailer from "nodemailer"
import { ConnectionCheck } from "./check-imap"
import { explainConnectionError } from "./explain-connection-error"

export interface SmtpConfig {
  host: string
  port: number
  secure: boolean
  user: string | null
  password: string | null
  timeoutMs: number
}

/** Connects, says hello and logs in (when a user is set) without sending anything. */
export async function checkSmtp(config: SmtpConfig): Promise<ConnectionCheck> {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth: config.user ? { user: config.user, pass: config.password ?? "" } : undefined,
    connectionTimeout: config.timeoutMs,
    greetingTimeout: config.timeoutMs,
    socketTimeout: config.timeoutMs,
  })
  try {
    await transport.verify()
    return { ok: true, problem: null }
  } catch (error) {
    return { ok: false, problem: explainConnectionError(error, { kind: "SMTP", ...config }) }
  } finally {
    transport.close()
  }
}
