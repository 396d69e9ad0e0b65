import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const validateCustomerArchiveStepId = "validate-customer-archive"

/** Error code of an archive the status does not allow, so the route can answer 409. */
export const ARCHIVE_NOT_ALLOWED = "ticket_archive_not_allowed"

/**
 * A customer puts a request away only once support has nothing left to do
 * on it (SPEC §4): an open ticket waits for an answer and stays in view.
 */
export const validateCustomerArchiveStep = createStep(
  validateCustomerArchiveStepId,
  async (input: { ticket_id: string; archived: boolean }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const ticket = await helpdesk.retrieveTicket(input.ticket_id, { select: ["id", "status"] })
    if (input.archived) {
      const { statuses } = await helpdesk.getTicketWorkflow()
      if (statuses.find((s) => s.id === ticket.status)?.is_open) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "This request is still waiting for an answer from support; it can be archived once it is answered, closed or cancelled.",
          ARCHIVE_NOT_ALLOWED
        )
      }
    }
    return new StepResponse(ticket)
  }
)
