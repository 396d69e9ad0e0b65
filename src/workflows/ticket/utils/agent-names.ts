import { Query } from "./find-all"

/** "First Last <email>" of admin users, by id, for messages people read. */
export async function agentNames(query: Query, ids: string[]) {
  const { data } = await query.graph({
    entity: "user",
    fields: ["id", "email", "first_name", "last_name"],
    filters: { id: ids },
  })
  return new Map<string, string>(
    data.map((u) => {
      const name = [u.first_name, u.last_name].filter(Boolean).join(" ")
      return [u.id, name ? `${name} <${u.email}>` : u.email]
    })
  )
}
