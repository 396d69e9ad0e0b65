import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { decodeCursor } from "../../../../modules/helpdesk/search"
import { AdminGetAuditLogParamsType } from "./validators"

type Filters = Record<string, unknown>

/** The list's filters, with the keyset condition that starts after the cursor (newest first). */
export function auditLogFilters(params: AdminGetAuditLogParamsType): Filters {
  const filters: Filters[] = []
  if (params.object_type) filters.push({ object_type: params.object_type })
  if (params.object_id) filters.push({ object_id: params.object_id })
  if (params.actor_id) filters.push({ actor_id: params.actor_id })
  if (params.created_after) filters.push({ created_at: { $gte: params.created_after } })
  if (params.created_before) filters.push({ created_at: { $lt: params.created_before } })
  if (params.cursor) {
    const after = decodeCursor(params.cursor)
    if (!after) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The cursor is not one this list gave out.")
    }
    filters.push({ $or: [{ created_at: { $lt: after.value } }, { created_at: after.value, id: { $lt: after.id } }] })
  }
  return filters.length ? { $and: filters } : {}
}

export type AuditActorUser = { id: string; email: string; first_name: string | null; last_name: string | null }

/** The admin users behind the entries, by id; a deleted user is simply missing. */
export async function actorsById(scope: MedusaContainer, ids: string[]): Promise<Map<string, AuditActorUser>> {
  if (!ids.length) return new Map()
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "user",
    fields: ["id", "email", "first_name", "last_name"],
    filters: { id: ids },
  })
  return new Map((data as AuditActorUser[]).map((user) => [user.id, user]))
}
