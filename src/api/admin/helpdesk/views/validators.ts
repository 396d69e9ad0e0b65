import { z } from "@medusajs/framework/zod"
import { AdminGetTicketsParams } from "../tickets/validators"

/** What a view may store: the list's filters and order, not its paging. */
const ViewFilters = AdminGetTicketsParams.omit({ limit: true, offset: true, cursor: true, fields: true, with_deleted: true })
  .partial()
  .strict()

const share = {
  visibility: z.enum(["personal", "everyone", "agents"]).optional(),
  shared_with: z.array(z.string().trim().min(1)).max(200).optional(),
  position: z.number().int().min(0).max(100_000).optional(),
}

export const AdminCreateSavedView = z
  .object({ name: z.string().trim().min(1).max(100), filters: z.record(z.string(), z.unknown()), ...share })
  .strict()
export type AdminCreateSavedViewType = z.infer<typeof AdminCreateSavedView>

export const AdminUpdateSavedView = AdminCreateSavedView.partial().strict()
export type AdminUpdateSavedViewType = z.infer<typeof AdminUpdateSavedView>

/** The filters are checked as the list would check them, so a saved view always opens. */
export function checkViewFilters(filters: Record<string, unknown>) {
  return ViewFilters.parse(filters)
}
