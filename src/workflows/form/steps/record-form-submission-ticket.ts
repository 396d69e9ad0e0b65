import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const recordFormSubmissionTicketStepId = "record-form-submission-ticket"

/** Points the submission at its ticket, so a repeat of it is answered with that ticket. */
export const recordFormSubmissionTicketStep = createStep(
  recordFormSubmissionTicketStepId,
  async (input: { submission_id: string; ticket_id: string }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.updateFormSubmissions({ id: input.submission_id, ticket_id: input.ticket_id })
    return new StepResponse(undefined)
  }
)
