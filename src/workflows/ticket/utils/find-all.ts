import { MedusaError } from "@medusajs/framework/utils"

export type Query = { graph: (config: any) => Promise<{ data: any[] }> }

/** Loads the rows with these ids, or fails naming the ones that do not exist. */
export async function findAll(query: Query, entity: string, label: string, ids: string[], fields: string[]) {
  const unique = [...new Set(ids)]
  if (!unique.length) {
    return new Map<string, any>()
  }
  const { data } = await query.graph({ entity, fields: ["id", ...fields], filters: { id: unique } })
  const found = new Map<string, any>(data.map((row) => [row.id, row]))
  const missing = unique.filter((id) => !found.has(id))
  if (missing.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${label} ${missing.join(", ")} was not found.`)
  }
  return found
}

