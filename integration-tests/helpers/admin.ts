import { MedusaContainer } from "@medusajs/framework/types"
import { generateJwtToken, Modules } from "@medusajs/framework/utils"

/** The JWT secret of the repository's test app (medusa-config.ts). */
const JWT_SECRET = process.env.JWT_SECRET || "supersecret"

/** Creates an admin user and returns it with the headers that authenticate as it. */
export async function createAdminUser(container: MedusaContainer, email = "admin@example.com") {
  const users = container.resolve(Modules.USER)
  const auth = container.resolve(Modules.AUTH)
  const local = email.split("@")[0]
  const firstName = local.charAt(0).toUpperCase() + local.slice(1)
  const user = await users.createUsers({ email, first_name: firstName, last_name: "Agent" })
  const identity = await auth.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })
  const token = generateJwtToken(
    { actor_id: user.id, actor_type: "user", auth_identity_id: identity.id, app_metadata: { user_id: user.id } },
    { secret: JWT_SECRET, expiresIn: "1d" }
  )
  return { user, headers: { authorization: `Bearer ${token}` } }
}
