import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { confirmLinkUrl, ConfirmTokenResult, createConfirmToken, readConfirmToken } from "../../../lib/tokens/confirm-link"
import { createGuestToken, guestLinkUrl, verifyGuestToken } from "../../../lib/tokens/guest-link"

/** Where the helpers find the helpdesk: a container, or the module service itself. */
export type HelpdeskScope = MedusaContainer | HelpdeskModuleService

function helpdeskOf(scope: HelpdeskScope): HelpdeskModuleService {
  return typeof (scope as HelpdeskModuleService).getSecretKey === "function"
    ? (scope as HelpdeskModuleService)
    : (scope as MedusaContainer).resolve<HelpdeskModuleService>(HELPDESK_MODULE)
}

/**
 * REQUEST_LIST_URL of an address: its guest link, signed with the contact's
 * current access version (the contact is made if it is new). Without a
 * secret nothing can be signed, so the link is the bare requests page,
 * which shows nothing private without a token.
 */
export async function requestListUrl(scope: HelpdeskScope, email: string): Promise<string> {
  const helpdesk = helpdeskOf(scope)
  const { publicUrl } = helpdesk.getOptions()
  const secret = helpdesk.getSecretKey()
  if (!secret) return `${publicUrl}/helpdesk/requests`
  const [contact] = await helpdesk.upsertContacts([{ email }])
  return guestLinkUrl(publicUrl, createGuestToken(secret, { contact_id: contact.id, access_version: contact.access_version }))
}

/**
 * REQUEST_CONFIRM_URL of a ticket waiting in Pending confirmation, valid for
 * `confirmLinkTtlHours`. Anti-spam cannot work unsigned, so this needs the
 * secret (mailboxes need it for their passwords anyway).
 */
export function requestConfirmUrl(
  scope: HelpdeskScope,
  ticket: { id: string; contact_email: string },
  now = new Date()
): string {
  const helpdesk = helpdeskOf(scope)
  const { publicUrl, confirmLinkTtlHours } = helpdesk.getOptions()
  const token = createConfirmToken(
    requireSecret(helpdesk),
    { ticket_id: ticket.id, email: ticket.contact_email },
    confirmLinkTtlHours,
    now
  )
  return confirmLinkUrl(publicUrl, token)
}

/** The email a guest token was made for, or null when it is not genuine or was revoked. */
export async function verifyGuestLink(scope: HelpdeskScope, token: unknown): Promise<string | null> {
  const helpdesk = helpdeskOf(scope)
  const secret = helpdesk.getSecretKey()
  if (!secret) return null
  return verifyGuestToken(secret, token, async (id) => {
    const [contact] = await helpdesk.listContacts({ id }, { select: ["email", "access_version"] })
    return contact ?? null
  })
}

/** What a confirmation token says: its ticket and address, or why it is refused. */
export function readConfirmLink(scope: HelpdeskScope, token: unknown, now = new Date()): ConfirmTokenResult {
  const secret = helpdeskOf(scope).getSecretKey()
  // Without a secret no link was ever signed, so none can be genuine.
  if (!secret) return { ok: false, reason: "invalid" }
  return readConfirmToken(secret, token, now)
}

function requireSecret(helpdesk: HelpdeskModuleService): string {
  const secret = helpdesk.getSecretKey()
  if (!secret) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Confirmation links are signed with the helpdesk secret: set the secretKey option or HELPDESK_SECRET (32+ characters)."
    )
  }
  return secret
}
