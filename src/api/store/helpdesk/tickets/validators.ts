import { z } from "@medusajs/framework/zod"

/** A customer's own tickets; no `fields`: a customer gets one fixed, public shape. */
export const StoreGetTicketsParams = z
  .object({
    /** active: not archived; archived: put away by the customer; all: both. */
    view: z.enum(["active", "archived", "all"]).default("active"),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    /** From a previous page's `next_cursor`. */
    cursor: z.string().max(200).optional(),
  })
  .strict()
export type StoreGetTicketsParamsType = z.infer<typeof StoreGetTicketsParams>

export const StoreGetTicketParams = z.object({}).strict()
