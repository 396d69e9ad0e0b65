// Typed access to the shared Dovecot helper (also used by `npm run bench -- ingest`).
// eslint-disable-next-line @typescript-eslint/no-var-requires
const shared = require("../../../scripts/lib/dovecot.cjs")

export interface DovecotServer {
  host: string
  port: number
  /** Adds a mail account and waits until Dovecot accepts its login. */
  addUser(user: string, password: string): Promise<void>
  /** Puts mails into a user's folder over IMAP, as a mail server delivering them would. */
  deliver(user: string, password: string, mails: (Buffer | string)[], folder?: string): Promise<void>
  /** Kills the server at once, as a crash or a dropped network would. */
  kill(): Promise<void>
  start(): Promise<void>
  stop(): Promise<void>
}

export const DOVECOT_BIN: string = shared.DOVECOT_BIN
export const hasDovecot: boolean = shared.hasDovecot
export const DOVECOT_MISSING = `Mail suite skipped: Dovecot not found at ${DOVECOT_BIN}. Install it with: ${shared.INSTALL_HINT}`
export const startDovecot: () => Promise<DovecotServer> = shared.startDovecot
