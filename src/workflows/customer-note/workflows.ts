import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateTicketLinksStep } from "../ticket/steps"
import {
  createCustomerNotesStep,
  CustomerNoteInput,
  deleteCustomerNotesStep,
  updateCustomerNoteStep,
  validateCustomerNoteAuthorStep,
} from "./steps"

/** Adds an internal note about a customer (SPEC §5 "Customer notes"). */
export const createCustomerNoteWorkflow = createWorkflow(
  "create-customer-note",
  (input: WorkflowData<CustomerNoteInput>) => {
    validateTicketLinksStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id })))
    const notes = createCustomerNotesStep(transform({ input }, ({ input }) => [input]))
    return new WorkflowResponse(transform({ notes }, ({ notes }) => notes[0]))
  }
)

export const updateCustomerNoteWorkflow = createWorkflow(
  "update-customer-note",
  (input: WorkflowData<{ id: string; body: string; actor_id: string }>) => {
    validateCustomerNoteAuthorStep(transform({ input }, ({ input }) => ({ ids: [input.id], actor_id: input.actor_id })))
    const note = updateCustomerNoteStep(transform({ input }, ({ input }) => ({ id: input.id, body: input.body })))
    return new WorkflowResponse(note)
  }
)

export const deleteCustomerNotesWorkflow = createWorkflow(
  "delete-customer-notes",
  (input: WorkflowData<{ ids: string[]; actor_id: string }>) => {
    validateCustomerNoteAuthorStep(input)
    return new WorkflowResponse(deleteCustomerNotesStep(input.ids))
  }
)
