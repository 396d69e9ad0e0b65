import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decryptSecret } from "../../../../../../lib/crypto/secret-box"
import { checkImap } from "../../../../../../lib/mail/servers/check-imap"
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
  const secret = (stored: string | null) => (stored ? decryptSecret(stored, helpdesk.getSecretKey()) : "")
  const [imap, smtp] = await Promise.all([
    checkImap(
      { host: mailbox.imap_host, port: mailbox.imap_port, secure: mailbox.imap_secure, user: mailbox.imap_user, password: secret(mailbox.imap_password_encrypted), timeoutMs },
      mailbox.imap_folder
    ),
    mailbox.smtp_host && mailbox.smtp_port
      ? checkSmtp({ host: mailbox.smtp_host, port: mailbox.smtp_port, secure: mailbox.smtp_secure, user: mailbox.smtp_user, password: secret(mailbox.smtp_password_encrypted), timeoutMs })
      : Promise.resolve({ ok: false, problem: { stage: "server" as const, message: "No outgoing (SMTP) server is set for this mailbox." } }),
  ])
  res.json({ imap, smtp, ok: imap.ok && smtp.ok })
}
