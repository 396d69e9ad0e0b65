import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const claimFormSubmissionStepId = "claim-form-submission"

/** Says a second submission under the same key came while or after the first was stored. */
export const FORM_SUBMISSION_TAKEN = "helpdesk.form_submission_taken"

/**
 * Takes the submission's idempotency key before anything is made: the unique
 * (form, key) lets only one of two concurrent submits through, in any
 * process; the other fails with FORM_SUBMISSION_TAKEN and its caller answers
 * with the first one's ticket. Compensation frees the key for a retry.
 */
export const claimFormSubmissionStep = createStep(
  claimFormSubmissionStepId,
  async (input: { form_id: string; idempotency_key: string }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    try {
      const [claim] = await helpdesk.createFormSubmissions([input])
      return new StepResponse(claim, claim.id)
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
      const taken = new MedusaError(MedusaError.Types.CONFLICT, "This submission was already received.")
      ;(taken as MedusaError & { code: string }).code = FORM_SUBMISSION_TAKEN
      throw taken
    }
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).deleteFormSubmissions(id)
  }
)

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string; type?: string }
  return e?.code === "23505" || /already exists|duplicate key/i.test(e?.message ?? "")
}
