import { z } from "@medusajs/framework/zod"
import { AUDIT_OBJECT_TYPES } from "../../../../modules/helpdesk/models/audit-entry"

const objectType = z.enum(AUDIT_OBJECT_TYPES)
const id = z.string().trim().min(1).max(100)

export const AdminGetAuditLogParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    /** From a previous page's `next_cursor`. */
    cursor: z.string().max(500).optional(),
    object_type: z.union([objectType, z.array(objectType).max(AUDIT_OBJECT_TYPES.length)]).optional(),
    object_id: id.optional(),
    /** The admin user who made the changes. */
    actor_id: id.optional(),
    created_after: z.coerce.date().optional(),
    created_before: z.coerce.date().optional(),
  })
  .strict()
export type AdminGetAuditLogParamsType = z.infer<typeof AdminGetAuditLogParams>
