import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCannedReplyWorkflow } from "../../../../workflows"
import { cannedRepliesFor } from "./helpers"
import { AdminCreateCannedReplyType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const canned_replies = await cannedRepliesFor(req)
  res.json({ canned_replies, count: canned_replies.length })
}

/** Unknown {{VARIABLES}} are refused here, with their names. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCannedReplyType>, res: MedusaResponse) => {
  const { result } = await createCannedReplyWorkflow(req.scope).run({ input: { ...req.validatedBody, actor_id: req.auth_context.actor_id } })
  res.status(201).json({ canned_reply: result })
}
