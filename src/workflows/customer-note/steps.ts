import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../modules/helpdesk"
import { createRecordsStep, deleteRecordsStep, updateRecordStep } from "../common/record-steps"

export interface CustomerNoteInput {
  customer_id: string
  author_id?: string | null
  body: string
}

export const createCustomerNotesStep = createRecordsStep<CustomerNoteInput>("create-customer-notes", "CustomerNotes")
export const updateCustomerNoteStep = updateRecordStep<{ id: string; body: string }>("update-customer-note", "CustomerNotes")
export const deleteCustomerNotesStep = deleteRecordsStep("delete-customer-notes", "CustomerNotes", [
  "customer_id",
  "author_id",
  "body",
])

export const validateCustomerNoteAuthorStepId = "validate-customer-note-author"

/** Only the note's author or a helpdesk supervisor may change or remove a customer note. */
export const validateCustomerNoteAuthorStep = createStep(
  validateCustomerNoteAuthorStepId,
  async (input: { ids: string[]; actor_id: string }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const [notes, scope] = await Promise.all([
      helpdesk.listCustomerNotes({ id: input.ids }, { select: ["id", "author_id"] }),
      helpdesk.getAgentScope(input.actor_id),
    ])
    if (!scope.supervisor && notes.some((note) => note.author_id !== input.actor_id)) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "Only the author of a customer note or a helpdesk supervisor can change or delete it."
      )
    }
    return new StepResponse(undefined)
  }
)
