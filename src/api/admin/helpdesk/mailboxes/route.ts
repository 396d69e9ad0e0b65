import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createMailboxWorkflow } from "../../../../workflows"
import { listMailboxes, refetchMailbox } from "./helpers"
import { AdminCreateMailboxType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const mailboxes = await listMailboxes(req.scope)
  res.json({ mailboxes, count: mailboxes.length })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateMailboxType>, res: MedusaResponse) => {
  const { result } = await createMailboxWorkflow(req.scope).run({ input: { ...req.validatedBody, actor_id: req.auth_context.actor_id } })
  res.status(201).json({ mailbox: await refetchMailbox(req.scope, result.id) })
}
