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

/** For routes that take no query parameters. */
export const StoreGetTicketParams = z.object({}).strict()

const bodyText = z.string().trim().min(1, "Field 'body_text' must not be empty").max(100_000)

/** A new request from the cabinet; files come as multipart/form-data with this body as JSON in `payload`. */
export const StoreCreateTicket = z
  .object({
    subject: z.string().trim().min(1, "Field 'subject' must not be empty").max(500),
    body_text: bodyText,
    /** One of the store's public departments. */
    department_id: z.string().trim().min(1).optional(),
    /** One of the customer's own orders. */
    order_id: z.string().trim().min(1).optional(),
  })
  .strict()
export type StoreCreateTicketType = z.infer<typeof StoreCreateTicket>

export const StoreAddTicketMessage = z.object({ body_text: bodyText }).strict()
export type StoreAddTicketMessageType = z.infer<typeof StoreAddTicketMessage>

export const StoreTicketAction = z.object({}).strict()
