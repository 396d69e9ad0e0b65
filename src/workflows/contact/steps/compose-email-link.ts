import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { composeAutoMail } from "../../../lib/mail/compose/auto-mail"
import { createMessageId, messageIdDomain } from "../../../lib/mail/message-id"
import { mailboxTemplate } from "../../../lib/templates/mail-templates"
import { createGuestToken } from "../../../lib/tokens/guest-link"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { OutboundMailInput } from "../../outbox/steps/create-outbound-mails"
import { requestListUrl } from "../utils/signed-links"

export const composeEmailLinkStepId = "compose-email-link"

/** Says the address had its links for this hour; `retry_after` (seconds) on the error says when the next may go. */
export const EMAIL_LINK_THROTTLED = "helpdesk.email_link_throttled"
/** Says the store has no mailbox to send the link from. */
export const EMAIL_LINK_NO_MAILBOX = "helpdesk.email_link_no_mailbox"

/** Links one address gets per hour at most, whoever asks: the mail must not become a way to flood someone. */
const LINKS_PER_ADDRESS_PER_HOUR = 3
const HOUR_MS = 60 * 60 * 1000

export interface ComposeEmailLinkInput {
  email: string
  customer_name: string | null
  language: string | null
}

/**
 * The mail that lets a signed-in customer prove an address (SPEC §6 "Email
 * ownership"): a signed link to the address's requests, sent to that
 * address from the default mailbox, so only someone who reads its mail can
 * follow it. It opens the storefront's "My requests" page with the token
 * when `storefrontRequestsUrl` is set, else the guest page.
 */
export const composeEmailLinkStep = createStep(composeEmailLinkStepId, async (input: ComposeEmailLinkInput, { container }) => {
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  const options = helpdesk.getOptions()
  const secret = helpdesk.getSecretKey()
  const mailboxId = (await helpdesk.getSettings()).default_mailbox_id
  const [mailbox] = mailboxId ? await helpdesk.listMailboxes({ id: mailboxId, enabled: true }) : []
  if (!mailbox || !secret) {
    const noMailbox = new MedusaError(MedusaError.Types.NOT_ALLOWED, "This store sends no mail to link an address yet (it has no default mailbox); please write to support.")
    throw Object.assign(noMailbox, { code: EMAIL_LINK_NO_MAILBOX })
  }
  const windowEndsAt = new Date(Math.ceil(Date.now() / HOUR_MS) * HOUR_MS)
  if (!(await helpdesk.takeSendAllowance(`email-link:${input.email}`, windowEndsAt, LINKS_PER_ADDRESS_PER_HOUR))) {
    const throttled = new MedusaError(MedusaError.Types.NOT_ALLOWED, "A link was sent to this address a short while ago; please look for it there, or try again later.")
    Object.assign(throttled, { code: EMAIL_LINK_THROTTLED, retry_after: Math.ceil((windowEndsAt.getTime() - Date.now()) / 1000) })
    throw throttled
  }
  let link: string
  if (options.storefrontRequestsUrl) {
    const [contact] = await helpdesk.upsertContacts([{ email: input.email }])
    const token = createGuestToken(secret, { contact_id: contact.id, access_version: contact.access_version })
    link = `${options.storefrontRequestsUrl}?helpdesk_token=${encodeURIComponent(token)}`
  } else {
    link = await requestListUrl(helpdesk, input.email)
  }
  const mail = composeAutoMail({
    kind: "email_link",
    template: mailboxTemplate(mailbox as never, "email_link", input.language ?? mailbox.language),
    values: { CUSTOMER_NAME: input.customer_name, REQUEST_LIST_URL: link, STORE_NAME: options.storeName },
    mailbox,
    use_noreply: true,
    to: { email: input.email, name: input.customer_name },
    ticket: { number: "", subject: "" },
    message_id: createMessageId(messageIdDomain(mailbox.address), secret),
    in_reply_to: null,
    subject_tag: null,
  })
  return new StepResponse<OutboundMailInput[]>([{ ...mail, sender: "noreply" }])
})
