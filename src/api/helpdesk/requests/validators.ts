import { z } from "@medusajs/framework/zod"
import { MAX_TOKEN_LENGTH } from "../../../lib/tokens/signed-token"

/** A guest token's shape; whether it is genuine and current is verifyGuestLink's to say. */
export const HelpdeskGuestParams = z.object({
  token: z.string().max(MAX_TOKEN_LENGTH).regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/),
})
export type HelpdeskGuestParamsType = z.infer<typeof HelpdeskGuestParams>

export const HelpdeskGuestTicketParams = HelpdeskGuestParams.extend({
  number: z.string().max(40).regex(/^[A-Za-z0-9-]+$/),
})
export type HelpdeskGuestTicketParamsType = z.infer<typeof HelpdeskGuestTicketParams>

/** The list page: 50 requests a page. */
export const HelpdeskGuestListQuery = z
  .object({ page: z.coerce.number().int().min(1).max(1000).default(1) })
  .strict()
export type HelpdeskGuestListQueryType = z.infer<typeof HelpdeskGuestListQuery>

/** A request's page; `done` is what the customer just did, set by the redirect after a form. */
export const HelpdeskGuestTicketQuery = z
  .object({ done: z.enum(["sent", "reopened", "cancelled"]).optional() })
  .strict()
export type HelpdeskGuestTicketQueryType = z.infer<typeof HelpdeskGuestTicketQuery>

/** The reply form: plain fields (files travel beside it as multipart parts). */
export const HelpdeskGuestReply = z
  .object({ body_text: z.string().trim().min(1).max(100_000) })
  .strict()
export type HelpdeskGuestReplyType = z.infer<typeof HelpdeskGuestReply>

/** Reopen and cancel post an empty form. */
export const HelpdeskGuestAction = z.object({}).strict()
