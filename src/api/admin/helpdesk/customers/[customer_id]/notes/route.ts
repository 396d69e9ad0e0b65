import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../../modules/helpdesk"
import { createCustomerNoteWorkflow } from "../../../../../../workflows"
import { AdminCustomerNoteType } from "../../validators"

/** Internal notes about a customer, newest first (SPEC §5). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const notes = await helpdesk.listCustomerNotes(
    { customer_id: req.params.customer_id },
    { order: { created_at: "DESC" }, take: 200 }
  )
  res.json({ notes })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCustomerNoteType>, res: MedusaResponse) => {
  const { result } = await createCustomerNoteWorkflow(req.scope).run({
    input: { customer_id: req.params.customer_id, author_id: req.auth_context.actor_id, body: req.validatedBody.body },
  })
  res.status(201).json({ note: result })
}
