import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  encryptMailboxPassword,
  MAIL_SERVER_FIELDS,
  MailServerKind,
  PASSWORD_FIELD,
  serverChanged,
} from "../../../lib/crypto/mailbox-password"
import { SecretKeyMissingError } from "../../../lib/crypto/secret-box"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { MailboxInput } from "../types"

export const encryptMailboxPasswordsStepId = "encrypt-mailbox-passwords"

const KINDS: MailServerKind[] = ["imap", "smtp", "noreply"]

/**
 * The model's defaults for a new mailbox's server settings, written out when
 * a password is encrypted so the row holds exactly the server its ciphertext
 * is bound to.
 */
const NEW_MAILBOX_SERVER = {
  imap_port: 993,
  imap_secure: true,
  smtp_host: null,
  smtp_port: null,
  smtp_user: null,
  smtp_secure: true,
  noreply_smtp_host: null,
  noreply_smtp_port: null,
  noreply_smtp_user: null,
  noreply_smtp_secure: true,
}

type Row = Record<string, unknown>

/**
 * Turns write-only plain passwords into the encrypted columns; nothing plain
 * is stored. A password is bound to its server's host, port, user and TLS:
 * an edit that points it at another server without a new password clears it
 * (the update workflow reports which), so it is never sent to that server.
 */
export const encryptMailboxPasswordsStep = createStep(
  encryptMailboxPasswordsStepId,
  async (input: Partial<MailboxInput> & { id?: string }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const { imap_password, smtp_password, noreply_smtp_password, ...rest } = input
    const plain = { imap: imap_password, smtp: smtp_password, noreply: noreply_smtp_password }
    const current: Row = input.id ? await currentServers(helpdesk, input.id) : NEW_MAILBOX_SERVER
    const changes = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined))
    const data: Row = { ...rest }
    try {
      for (const kind of KINDS) {
        const password = plain[kind]
        if (password) {
          const server = pick({ ...current, ...changes }, MAIL_SERVER_FIELDS[kind])
          Object.assign(data, server)
          data[PASSWORD_FIELD[kind]] = encryptMailboxPassword(kind, server, password, helpdesk.getSecretKey())
        } else if (password !== undefined || (current[PASSWORD_FIELD[kind]] && serverChanged(kind, current, changes))) {
          data[PASSWORD_FIELD[kind]] = null
        }
      }
    } catch (error) {
      if (error instanceof SecretKeyMissingError) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
      }
      throw error
    }
    return new StepResponse(data)
  }
)

async function currentServers(helpdesk: HelpdeskModuleService, id: string): Promise<Row> {
  const fields = KINDS.flatMap((kind) => [...MAIL_SERVER_FIELDS[kind], PASSWORD_FIELD[kind]])
  const [row] = await helpdesk.listMailboxes({ id }, { select: fields })
  if (!row) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Mailbox ${id} was not found.`)
  }
  return row as unknown as Row
}

function pick(row: Row, fields: readonly string[]): Row {
  return Object.fromEntries(fields.map((field) => [field, row[field] ?? null]))
}
