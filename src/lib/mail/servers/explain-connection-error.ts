import { ImapFolderError, ImapMoveError } from "../imap/imap-session"

/** What went wrong talking to a mail server, in the admin's words. */
export type ConnectionStage = "dns" | "tcp" | "tls" | "auth" | "folder" | "server"

export interface ConnectionProblem {
  stage: ConnectionStage
  message: string
}

interface ErrorLike {
  code?: string
  message?: string
  authenticationFailed?: boolean
  serverResponseCode?: string
  responseCode?: number
  response?: string
  responseText?: string
}

const TLS_CODE = /^(ERR_SSL|ERR_TLS|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_|EPROTO$)/
/** nodemailer reports socket failures as ESOCKET/ECONNECTION with the system error in the text. */
const SYSTEM_ERROR = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ECONNRESET|ETIMEDOUT)\b/

export function explainConnectionError(
  raw: unknown,
  server: { kind: "IMAP" | "SMTP"; host: string; port: number; secure: boolean; timeoutMs: number }
): ConnectionProblem {
  const error = (raw ?? {}) as ErrorLike
  const text = String(error.responseText || error.response || error.message || raw)
  const code = SYSTEM_ERROR.exec(`${error.code ?? ""} ${text}`)?.[1] ?? String(error.code ?? "")
  const where = `${server.host}:${server.port}`
  if (raw instanceof ImapMoveError) {
    return { stage: "folder", message: `Mail was imported, but ${raw.message}. Check the folder name, or keep imported mail where it is.` }
  }
  if (raw instanceof ImapFolderError) {
    return { stage: "folder", message: `Logged in, but ${raw.message}. Check the folder name (usually INBOX).` }
  }
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EDNS") {
    return { stage: "dns", message: `The ${server.kind} server name "${server.host}" could not be found (DNS). Check the host name.` }
  }
  if (code === "ECONNREFUSED") {
    return { stage: "tcp", message: `Nothing accepts connections on ${where} (connection refused). Check the port and that the ${server.kind} server is running.` }
  }
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH" || code === "ECONNRESET") {
    return { stage: "tcp", message: `${where} cannot be reached (${code}). Check the host, the port and any firewall.` }
  }
  if (/TIMEOUT|ETIMEDOUT/i.test(code) || /timed? ?out/i.test(text)) {
    return { stage: "tcp", message: `${where} did not answer within ${Math.round(server.timeoutMs / 1000)} s (timeout). Check the host, the port and any firewall.` }
  }
  if (TLS_CODE.test(code) || /ssl|tls|certificate|wrong version number/i.test(text)) {
    const hint = server.secure
      ? `The server may not speak TLS on this port: turn TLS off or use the TLS port (${server.kind === "IMAP" ? "993" : "465"}).`
      : "The server expects TLS on this port: turn TLS on."
    return { stage: "tls", message: `The secure (TLS) connection to ${where} failed: ${text}. ${hint}` }
  }
  if (
    error.authenticationFailed ||
    code === "EAUTH" ||
    error.serverResponseCode === "AUTHENTICATIONFAILED" ||
    /auth|credentials|password|login/i.test(text)
  ) {
    return { stage: "auth", message: `The ${server.kind} server refused the user name or password: ${text}` }
  }
  return { stage: "server", message: `The ${server.kind} server at ${where} answered with an error: ${text}` }
}
