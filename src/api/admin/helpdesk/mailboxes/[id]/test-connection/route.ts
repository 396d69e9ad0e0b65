import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decryptMailboxPassword, MailServerKind } from "../../../../../../lib/crypto/mailbox-password"
import { checkImap, ConnectionCheck } from "../../../../../../lib/mail/servers/check-imap"
import { checkSmtp } from "../../../../../../lib/mail/servers/check-smtp"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../../modules/helpdesk"

/**
 * "Test connection" (not `/test`: Medusa's build drops folders named "test"):
 * IMAP and SMTP each on their own, with what failed
 * (DNS, TCP, TLS, auth, folder) in words an admin can act on. Reads only.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const mailbox = await helpdesk.retrieveMailbox(req.params.id)
  const timeoutMs = helpdesk.getOptions().mailTimeoutMs
  // A password that cannot be read (other secret, or server settings changed
  // behind the helpdesk's back) is an answer, not a server error.
  const withPassword = async (kind: MailServerKind, check: (password: string) => Promise<ConnectionCheck>): Promise<ConnectionCheck> => {
    let password: string
    try {
      password = decryptMailboxPassword(kind, mailbox, helpdesk.getSecretKey())
    } catch (error) {
      return { ok: false, problem: { stage: "auth", message: (error as Error).message } }
    }
    return check(password)
  }
  const [imap, smtp] = await Promise.all([
    mailbox.imap_password_encrypted
      ? withPassword("imap", (password) =>
          checkImap({ host: mailbox.imap_host, port: mailbox.imap_port, secure: mailbox.imap_secure, user: mailbox.imap_user, password, timeoutMs }, mailbox.imap_folder)
        )
      : { ok: false, problem: { stage: "auth" as const, message: "No IMAP password is stored for this mailbox (it is cleared when the IMAP server settings change): enter it again." } },
    mailbox.smtp_host && mailbox.smtp_port
      ? withPassword("smtp", (password) =>
          checkSmtp({ host: mailbox.smtp_host!, port: mailbox.smtp_port!, secure: mailbox.smtp_secure, user: mailbox.smtp_user, password, timeoutMs })
        )
      : { ok: false, problem: { stage: "server" as const, message: "No outgoing (SMTP) server is set for this mailbox." } },
  ])
  res.json({ imap, smtp, ok: imap.ok && smtp.ok })
}
