import { decryptMailboxPassword } from "../../../lib/crypto/mailbox-password"
import { SmtpServer, SmtpTransports } from "../../../lib/mail/send/smtp-transports"
import { HelpdeskModuleService } from "../../../modules/helpdesk"

let transports: SmtpTransports | null = null

/** One set of pooled connections per process, shared by every send. */
export function smtpTransports(helpdesk: HelpdeskModuleService): SmtpTransports {
  const options = helpdesk.getOptions()
  transports ??= new SmtpTransports({ timeoutMs: options.mailTimeoutMs, poolSize: options.smtpPoolSize })
  return transports
}

export type ServerOrProblem = { server: SmtpServer; problem?: undefined } | { server?: undefined; problem: string }

const MAILBOX_FIELDS = [
  "id", "name", "smtp_host", "smtp_port", "smtp_secure", "smtp_user", "smtp_password_encrypted",
  "noreply_address", "noreply_smtp_host", "noreply_smtp_port", "noreply_smtp_secure", "noreply_smtp_user", "noreply_smtp_password_encrypted",
]

/**
 * The SMTP servers the given mailboxes send through, by mailbox id and
 * sender, with the password decrypted only here, for the send. A mailbox
 * without an outgoing server gets a problem an agent can fix instead.
 */
export async function loadSmtpServers(
  helpdesk: HelpdeskModuleService,
  mailboxIds: string[]
): Promise<(mailboxId: string | null, sender: "mailbox" | "noreply") => ServerOrProblem> {
  const rows = mailboxIds.length
    ? ((await helpdesk.listMailboxes({ id: [...new Set(mailboxIds)] }, { select: MAILBOX_FIELDS })) as unknown as Record<string, any>[])
    : []
  const byId = new Map(rows.map((row) => [row.id as string, row]))
  const secret = helpdesk.getSecretKey()
  return (mailboxId, sender) => {
    const row = mailboxId ? byId.get(mailboxId) : undefined
    if (!row) return { problem: "The mailbox this mail was to go out from no longer exists." }
    const own = sender === "noreply" && row.noreply_smtp_host ? "noreply" : "smtp"
    const prefix = own === "noreply" ? "noreply_smtp_" : "smtp_"
    if (!row[`${prefix}host`]) {
      return { problem: `The mailbox "${row.name}" has no outgoing mail server (SMTP) set up.` }
    }
    try {
      return {
        server: {
          host: row[`${prefix}host`],
          port: row[`${prefix}port`] ?? (row[`${prefix}secure`] ? 465 : 587),
          secure: !!row[`${prefix}secure`],
          user: row[`${prefix}user`] ?? null,
          password: decryptMailboxPassword(own, row, secret) || null,
        },
      }
    } catch {
      return { problem: `The SMTP password of the mailbox "${row.name}" cannot be read (the helpdesk secret changed?): enter it again.` }
    }
  }
}
