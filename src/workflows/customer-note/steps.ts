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
