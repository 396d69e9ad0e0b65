import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { ImportInboundMailsInput } from "../types"

export const recordInboundMailsStepId = "record-inbound-mails"

/**
 * Writes one record per mail, or finds the one already there: the unique
 * (mailbox, dedupe key) makes a second import of the same mail impossible,
 * even from another process.
 */
export const recordInboundMailsStep = createStep(
  recordInboundMailsStepId,
  async (input: ImportInboundMailsInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const rows = await helpdesk.recordInboundMails(
      input.mails.map((mail) => ({
        mailbox_id: input.mailbox_id,
        dedupe_key: mail.dedupe_key,
        uid_validity: mail.uid_validity,
        uid: mail.uid,
        message_id: mail.message_id ?? null,
        from_address: mail.from?.address?.toLowerCase() || null,
        subject: mail.subject ?? null,
        sent_at: mail.sent_at ? new Date(mail.sent_at) : null,
        size: mail.size,
        raw_file_id: mail.raw_file_id,
        auto: mail.auto ?? null,
      }))
    )
    const inserted = rows.filter((r) => r.inserted).map((r) => r.id)
    return new StepResponse(rows, inserted)
  },
  async (inserted, { container }) => {
    if (!inserted?.length) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.deleteInboundMails(inserted)
  }
)
