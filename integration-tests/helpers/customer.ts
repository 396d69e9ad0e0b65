import { MedusaContainer } from "@medusajs/framework/types"
import { generateJwtToken, Modules } from "@medusajs/framework/utils"

/** The JWT secret of the repository's test app (medusa-config.ts). */
const JWT_SECRET = process.env.JWT_SECRET || "supersecret"

export interface Shopper {
  id: string
  email: string
  /** Bearer token and publishable key, as a storefront sends them. */
  headers: Record<string, string>
}

/** A publishable API key, which Medusa requires on every /store route. */
export async function createPublishableKey(container: MedusaContainer): Promise<string> {
  const [key] = await container.resolve(Modules.API_KEY).createApiKeys([{ title: "Storefront", type: "publishable", created_by: "test" }])
  return key.token
}

/** A registered store customer signed in with a bearer token, as after `sdk.auth.login("customer", "emailpass", …)`. */
export async function createShopper(container: MedusaContainer, email: string, publishableKey: string): Promise<Shopper> {
  const [customer] = await container.resolve(Modules.CUSTOMER).createCustomers([{ email, first_name: email.split("@")[0], has_account: true }])
  const identity = await container.resolve(Modules.AUTH).createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: `${email}#${customer.id}` }],
    app_metadata: { customer_id: customer.id },
  })
  const token = generateJwtToken(
    { actor_id: customer.id, actor_type: "customer", auth_identity_id: identity.id, app_metadata: { customer_id: customer.id } },
    { secret: JWT_SECRET, expiresIn: "1d" }
  )
  return { id: customer.id, email, headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": publishableKey } }
}
