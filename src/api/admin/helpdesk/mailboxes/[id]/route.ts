import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteMailboxesWorkflow, updateMailboxWorkflow } from "../../../../../workflows"
import { passwordsClearedMessage, refetchMailbox } from "../helpers"
import { AdminUpdateMailboxType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ mailbox: await refetchMailbox(req.scope, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateMailboxType>, res: MedusaResponse) => {
  await refetchMailbox(req.scope, req.params.id)
  const { result } = await updateMailboxWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody, actor_id: req.auth_context.actor_id } })
  res.json({
    mailbox: await refetchMailbox(req.scope, req.params.id),
    passwords_cleared: result.passwords_cleared,
    ...(result.passwords_cleared.length && { message: passwordsClearedMessage(result.passwords_cleared) }),
  })
}

/** Its tickets and imported mail stay. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchMailbox(req.scope, req.params.id)
  await deleteMailboxesWorkflow(req.scope).run({ input: { ids: [req.params.id], actor_id: req.auth_context.actor_id } })
  res.json({ id: req.params.id, object: "mailbox", deleted: true })
}
