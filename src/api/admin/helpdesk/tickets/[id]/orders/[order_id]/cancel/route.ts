import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelOrderFromTicketWorkflow } from "../../../../../../../../workflows"
import { runOrderAction } from "../../respond"

/** Cancel the customer's order with Medusa's cancelOrderWorkflow (captured payments are refunded by it). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await runOrderAction(req, res, cancelOrderFromTicketWorkflow)
}
