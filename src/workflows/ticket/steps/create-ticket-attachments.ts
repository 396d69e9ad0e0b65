import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const createTicketAttachmentsStepId = "create-ticket-attachments"

export interface CreateTicketAttachmentInput {
  message_id: string
  file_id: string
  filename: string
  content_type: string
  size: number
}

/** Records files already stored through the File module as a message's attachments. */
export const createTicketAttachmentsStep = createStep(
  createTicketAttachmentsStepId,
  async (data: CreateTicketAttachmentInput[], { container }) => {
    if (!data.length) return new StepResponse([], [])
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const created = await helpdesk.createTicketAttachments(data)
    return new StepResponse(created, created.map((a) => a.id))
  },
  // The rows only: the files belong to the request that uploaded them, which removes them when it fails.
  async (ids, { container }) => {
    if (!ids?.length) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.deleteTicketAttachments(ids)
  }
)
