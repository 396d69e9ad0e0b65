import { explainConnectionError } from "../servers/explain-connection-error"
import { SmtpServer } from "./smtp-transports"

export type SendFailure = { permanent: boolean; message: string }

interface SmtpErrorLike {
  code?: string
  responseCode?: number
  response?: string
  message?: string
}

/** Errors of the mail itself, not of the server: sending it again cannot help. */
const PERMANENT_CODES = new Set(["EENVELOPE", "EMESSAGE", "ESTREAM"])

/**
 * Whether a failed send is worth trying again, in words an agent can act on.
 * An SMTP 5xx answer is permanent (RFC 5321 §4.2.1), a 4xx temporary; no
 * answer at all (DNS, refused, timeout, TLS) is taken as temporary, since
 * servers come back.
 */
export function explainSendFailure(raw: unknown, server: SmtpServer & { timeoutMs: number }): SendFailure {
  const error = (raw ?? {}) as SmtpErrorLike & { attachmentGone?: string }
  if (typeof error.attachmentGone === "string") {
    return { permanent: true, message: `The attached file "${error.attachmentGone}" is no longer in the file storage.` }
  }
  const answer = (error.response ?? "").trim().slice(0, 500)
  if (error.responseCode && error.responseCode >= 500) {
    const what = error.code === "EAUTH" ? "refused the login" : "refused the mail"
    return { permanent: true, message: `${server.host} ${what}: ${answer || error.message}` }
  }
  if (error.responseCode && error.responseCode >= 400) {
    return { permanent: false, message: `${server.host} asked to try later: ${answer || error.message}` }
  }
  if (error.code && PERMANENT_CODES.has(error.code)) {
    return { permanent: true, message: `The mail could not be sent: ${error.message}` }
  }
  return { permanent: false, message: explainConnectionError(raw, { kind: "SMTP", ...server }).message }
}

/** Wait before attempt `attempts + 1`: doubling from `baseMs`, at most 6 hours, with a little jitter so retries spread out. */
export function retryDelayMs(attempts: number, baseMs: number, random = Math.random): number {
  const delay = Math.min(baseMs * 2 ** Math.max(attempts - 1, 0), 6 * 3600_000)
  return Math.round(delay * (0.9 + random() * 0.2))
}
