import { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"

/** The signed-in customer as the author of a message: their account's address and name. */
export async function customerAuthor(req: AuthenticatedMedusaRequest) {
  const customer = await req.scope
    .resolve(Modules.CUSTOMER)
    .retrieveCustomer(req.auth_context.actor_id, { select: ["id", "email", "first_name", "last_name"] })
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ") || null
  return { customer_id: customer.id, email: customer.email, name }
}
