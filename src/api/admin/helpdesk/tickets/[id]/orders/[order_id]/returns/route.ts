import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { returnOrderItemsFromTicketWorkflow } from "../../../../../../../../workflows"
import { runOrderAction } from "../../respond"
import { AdminReturnOrderItemsType } from "../../validators"

/** Take items back (the return is requested and received at once), optionally refunding them. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminReturnOrderItemsType>, res: MedusaResponse) => {
  await runOrderAction(req, res, returnOrderItemsFromTicketWorkflow, req.validatedBody)
}
