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

export interface Agent {
  id: string
  headers: Record<string, string>
}

/** HTTP calls as one agent; errors come back as responses so tests can read their status. */
export function as(api: any, agent: Agent) {
  const opts = { headers: agent.headers }
  return {
    get: (url: string) => api.get(url, opts).catch((e: any) => e.response),
    post: (url: string, body: unknown = {}) => api.post(url, body, opts).catch((e: any) => e.response),
    delete: (url: string) => api.delete(url, opts).catch((e: any) => e.response),
  }
}

/** Ada and Ben, two agents, for tests of who sees and does what. */
export async function createTwoAgents(container: MedusaContainer): Promise<{ ada: Agent; ben: Agent }> {
  const a = await createAdminUser(container, "ada@example.com")
  const b = await createAdminUser(container, "ben@example.com")
  return { ada: { id: a.user.id, headers: a.headers }, ben: { id: b.user.id, headers: b.headers } }
}
