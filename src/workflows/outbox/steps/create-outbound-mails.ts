import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ComposedMail } from "../../../lib/mail/compose/reply-mail"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const createOutboundMailsStepId = "create-outbound-mails"

export type OutboundMailInput = ComposedMail & {
  ticket_id?: string | null
  ticket_message_id?: string | null
  sender?: "mailbox" | "noreply"
  recipient_user_id?: string | null
  attachments?: { file_id: string; filename: string; content_type: string; size?: number | null }[] | null
}

/** Stores mail to send (the outbox record comes first, SPEC §7 "nothing lost"); due at once. */
export const createOutboundMailsStep = createStep(
  createOutboundMailsStepId,
  async (mails: OutboundMailInput[], { container }) => {
    if (!mails.length) return new StepResponse([] as { id: string }[], [] as string[])
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const now = new Date()
    const created = await helpdesk.createOutboundMails(mails.map((mail) => ({ ...mail, next_attempt_at: now })) as never)
    const ids = (created as unknown as { id: string }[]).map((m) => ({ id: m.id }))
    return new StepResponse(ids, ids.map((m) => m.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.deleteOutboundMails(ids)
  }
)
