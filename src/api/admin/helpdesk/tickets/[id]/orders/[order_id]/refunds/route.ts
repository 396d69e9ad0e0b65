import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refundOrderPaymentFromTicketWorkflow } from "../../../../../../../../workflows"
import { runOrderAction } from "../../respond"
import { AdminRefundOrderPaymentType } from "../../validators"

/** Refund (part of) a captured payment of the order with Medusa's refundPaymentWorkflow. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRefundOrderPaymentType>, res: MedusaResponse) => {
  await runOrderAction(req, res, refundOrderPaymentFromTicketWorkflow, req.validatedBody)
}
