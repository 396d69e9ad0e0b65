import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const deleteTicketsPermanentlyStepId = "delete-tickets-permanently"

/**
 * Removes tickets with their messages, history and stored files. Irreversible,
 * so it has no compensation and runs last.
 */
export const deleteTicketsPermanentlyStep = createStep(
  deleteTicketsPermanentlyStepId,
  async (ticketIds: string[], { container }) => {
    if (!ticketIds.length) {
      return new StepResponse([])
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const messages = await helpdesk.listTicketMessages(
      { ticket_id: ticketIds },
      { select: ["id", "raw_file_id"], relations: ["attachments"] }
    )
    const fileIds = messages.flatMap((m) => [
      ...(m.raw_file_id ? [m.raw_file_id] : []),
      ...(m.attachments ?? []).map((a) => a.file_id),
    ])
    await helpdesk.deleteTickets(ticketIds)
    if (fileIds.length) {
      try {
        await container.resolve(Modules.FILE).deleteFiles(fileIds)
      } catch (error) {
        // The tickets are gone either way; a file left behind is only storage.
        container
          .resolve(ContainerRegistrationKeys.LOGGER)
          .warn(`medusa-helpdesk: could not delete ${fileIds.length} file(s) of deleted tickets: ${(error as Error).message}`)
      }
    }
    return new StepResponse(ticketIds)
  }
)
