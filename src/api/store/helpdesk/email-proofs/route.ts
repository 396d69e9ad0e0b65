import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { proveCustomerEmailWorkflow } from "../../../../workflows"
import { StoreProveEmailType } from "./validators"

/**
 * The signed-in customer proves an address by the guest link mailed to it;
 * the requests from that address then show in their "My requests".
 * Answers `{ email, created }` (false when it was proven before); 404 for a
 * link that is altered or revoked.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreProveEmailType>, res: MedusaResponse) => {
  const { result } = await proveCustomerEmailWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, token: req.validatedBody.token },
  })
  res.status(result.created ? 201 : 200).json({ email_proof: result })
}
