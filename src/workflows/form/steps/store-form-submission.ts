import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FormSubmissionInput, HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const storeFormSubmissionStepId = "store-form-submission"

/** Says a second submission under the same key came while or after the first was stored. */
export const FORM_SUBMISSION_TAKEN = "helpdesk.form_submission_taken"

/**
 * Stores the submission, its ticket, first message, files and history in one
 * transaction. The unique (form, idempotency key) lets only one of two
 * concurrent submits through, in any process; the other fails with
 * FORM_SUBMISSION_TAKEN and its caller answers with the first one's ticket.
 * Compensation takes it all back and frees the key for a retry.
 */
export const storeFormSubmissionStep = createStep(
  storeFormSubmissionStepId,
  async (input: FormSubmissionInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const stored = await helpdesk.storeFormSubmission(input)
    if (!stored) {
      const taken = new MedusaError(MedusaError.Types.CONFLICT, "This submission was already received.")
      throw Object.assign(taken, { code: FORM_SUBMISSION_TAKEN })
    }
    return new StepResponse(stored.ticket, stored.undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).undoFormSubmission(undo)
  }
)
