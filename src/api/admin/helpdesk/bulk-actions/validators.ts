import { z } from "@medusajs/framework/zod"

export const BULK_ACTIONS = ["assign", "close", "delete", "restore"] as const
/** A page of the list at most: a bulk action runs each ticket's own workflow in turn. */
export const MAX_BULK_TICKETS = 100

const id = z.string().trim().min(1).max(64)

export const AdminBulkTicketAction = z
  .object({
    action: z.enum(BULK_ACTIONS),
    ticket_ids: z.array(id).min(1).max(MAX_BULK_TICKETS),
    assignee_id: id.nullable().optional(),
    department_id: id.nullable().optional(),
    comment: z.string().trim().max(5_000).optional(),
  })
  .strict()
  .refine((b) => b.action !== "assign" || b.assignee_id !== undefined || b.department_id !== undefined, {
    message: "Field 'assignee_id' or 'department_id' is required to assign",
    path: ["assignee_id"],
  })
  .refine((b) => b.action === "assign" || (b.assignee_id === undefined && b.department_id === undefined), {
    message: "Field 'assignee_id' and 'department_id' only go with the assign action",
    path: ["assignee_id"],
  })
export type AdminBulkTicketActionType = z.infer<typeof AdminBulkTicketAction>
