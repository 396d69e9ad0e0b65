import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../../../modules/helpdesk"
import { deleteCustomerNotesWorkflow, updateCustomerNoteWorkflow } from "../../../../../../../workflows"
import { AdminCustomerNoteType } from "../../../validators"

async function findNote(req: AuthenticatedMedusaRequest) {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const [note] = await helpdesk.listCustomerNotes({ id: req.params.note_id, customer_id: req.params.customer_id })
  if (!note) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer note ${req.params.note_id} was not found.`)
  }
  return note
}

/** The note's author or a supervisor only (403 otherwise). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCustomerNoteType>, res: MedusaResponse) => {
  await findNote(req)
  const { result } = await updateCustomerNoteWorkflow(req.scope).run({
    input: { id: req.params.note_id, body: req.validatedBody.body, actor_id: req.auth_context.actor_id },
  })
  res.json({ note: result })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await findNote(req)
  await deleteCustomerNotesWorkflow(req.scope).run({
    input: { ids: [req.params.note_id], actor_id: req.auth_context.actor_id },
  })
  res.json({ id: req.params.note_id, object: "customer_note", deleted: true })
}
