import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { StoredAttachment } from "../types"

export const createTicketAttachmentsStepId = "create-ticket-attachments"

/** Links files already in the File module to their messages. */
export const createTicketAttachmentsStep = createStep(
  createTicketAttachmentsStepId,
  async (data: (StoredAttachment & { message_id: string })[], { container }) => {
    if (!data.length) return new StepResponse([], [])
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const rows = await helpdesk.createTicketAttachments(data)
    return new StepResponse(rows, rows.map((r) => r.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.deleteTicketAttachments(ids)
  }
)
