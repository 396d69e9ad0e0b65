import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { emptyTrashWorkflow } from "../../../../workflows"

/** Empty the trash: every Deleted ticket is removed for good. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await emptyTrashWorkflow(req.scope).run({
    input: { actor: { type: "agent", id: req.auth_context.actor_id } },
  })
  res.json({ ids: result, object: "ticket", deleted: true })
}
