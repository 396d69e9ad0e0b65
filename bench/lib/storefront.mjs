// A storefront's credentials on the bench store, made over HTTP as a real
// storefront and its admin would: a publishable key on a sales channel, and a
// registered customer signed in with emailpass. Both persist with bench/.data,
// so a rerun reuses them.

const KEY_TITLE = "Bench storefront"

async function call(base, route, { method = "GET", headers = {}, body } = {}) {
  const res = await fetch(`${base}${route}`, {
    method,
    headers: { ...(body ? { "content-type": "application/json" } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(30_000),
  })
  const json = await res.json().catch(() => ({}))
  return { ok: res.ok, status: res.status, json }
}

async function must(base, route, options) {
  const res = await call(base, route, options)
  if (!res.ok) throw new Error(`${options?.method ?? "GET"} ${route}: ${res.status} ${JSON.stringify(res.json).slice(0, 300)}`)
  return res.json
}

/** The token of the bench's publishable key, made (with its sales channel) on first use. */
export async function publishableKey(base, adminToken, db) {
  const { rows } = await db.query(
    "select token from api_key where title = $1 and type = 'publishable' and revoked_at is null and deleted_at is null limit 1",
    [KEY_TITLE]
  )
  if (rows.length) return rows[0].token
  const admin = { authorization: `Bearer ${adminToken}` }
  const { sales_channel } = await must(base, "/admin/sales-channels", { method: "POST", headers: admin, body: { name: KEY_TITLE } })
  const { api_key } = await must(base, "/admin/api-keys", { method: "POST", headers: admin, body: { title: KEY_TITLE, type: "publishable" } })
  await must(base, `/admin/api-keys/${api_key.id}/sales-channels`, { method: "POST", headers: admin, body: { add: [sales_channel.id] } })
  return api_key.token
}

/**
 * Signs in as the store customer `email`, registering them first if they are
 * new; returns the headers a storefront sends and the customer's id.
 */
export async function signInShopper(base, key, email, password) {
  const login = () => call(base, "/auth/customer/emailpass", { method: "POST", body: { email, password } })
  let auth = await login()
  if (!auth.ok) auth = { json: await must(base, "/auth/customer/emailpass/register", { method: "POST", body: { email, password } }) }
  let headers = { "x-publishable-api-key": key, authorization: `Bearer ${auth.json.token}` }
  let me = await call(base, "/store/customers/me", { headers })
  if (!me.ok) {
    // An identity without its customer (new, or a run stopped in between):
    // the token is only a registration token until the customer exists.
    await must(base, "/store/customers", { method: "POST", headers, body: { email, first_name: "Bench", last_name: "Shopper" } })
    headers = { ...headers, authorization: `Bearer ${(await must(base, "/auth/customer/emailpass", { method: "POST", body: { email, password } })).token}` }
    me = { json: await must(base, "/store/customers/me", { headers }) }
  }
  return { headers, customerId: me.json.customer.id }
}
