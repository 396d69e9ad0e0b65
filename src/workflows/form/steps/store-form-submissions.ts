import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FormSubmissionInput, HELPDESK_MODULE, HelpdeskModuleService, StoredFormSubmissions } from "../../../modules/helpdesk"

export const storeFormSubmissionsStepId = "store-form-submissions"

/**
 * Stores the submissions, their tickets, first messages, files and history
 * in one transaction. The unique (form, idempotency key) lets only one of two
 * concurrent submits through, in any process; the other gets no ticket and
 * its caller answers with the first one's. Compensation takes it all back
 * and frees the keys for a retry.
 */
export const storeFormSubmissionsStep = createStep(
  storeFormSubmissionsStepId,
  async (input: { submissions: FormSubmissionInput[] }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const stored = await helpdesk.storeFormSubmissions(input.submissions)
    return new StepResponse(stored.tickets, stored.undo)
  },
  async (undo: StoredFormSubmissions["undo"] | undefined, { container }) => {
    if (!undo) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).undoFormSubmissions(undo)
  }
)
