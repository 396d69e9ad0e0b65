import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resendOrderConfirmationWorkflow } from "../../../../../../../../workflows"
import { runOrderAction } from "../../respond"

/** Send the order confirmation to the customer again (through the Notification module). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await runOrderAction(req, res, resendOrderConfirmationWorkflow)
}
