import { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../modules/helpdesk"

/**
 * A customer may file a request in a public department only, and about one
 * of their own orders only; anything else is refused as if it did not exist.
 */
export async function checkCustomerReferences(req: AuthenticatedMedusaRequest, body: { department_id?: string; order_id?: string }) {
  if (body.department_id) {
    const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
    const [department] = await helpdesk.listDepartments({ id: body.department_id, is_public: true }, { select: ["id"] })
    if (!department) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Department ${body.department_id} does not take requests from customers.`)
  }
  if (body.order_id) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: body.order_id } })
    if (data[0]?.customer_id !== req.auth_context.actor_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Order ${body.order_id} is not one of your orders.`)
    }
  }
}
