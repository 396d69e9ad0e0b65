import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCannedRepliesWorkflow, updateCannedReplyWorkflow } from "../../../../../workflows"
import { findCannedReply } from "../helpers"
import { AdminUpdateCannedReplyType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ canned_reply: await findCannedReply(req) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCannedReplyType>, res: MedusaResponse) => {
  await findCannedReply(req)
  const { result } = await updateCannedReplyWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody, actor_id: req.auth_context.actor_id } })
  res.json({ canned_reply: result })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await findCannedReply(req)
  await deleteCannedRepliesWorkflow(req.scope).run({ input: { ids: [req.params.id], actor_id: req.auth_context.actor_id } })
  res.json({ id: req.params.id, object: "canned_reply", deleted: true })
}
