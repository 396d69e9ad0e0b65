import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"

const id = z.string().trim().min(1)
const oneOrMany = z.union([z.string().trim().min(1), z.array(z.string().trim().min(1))])

export const AdminGetTicketParams = createSelectParams()
  .extend({
    /** History oldest first (default) or newest first. */
    order: z.enum(["asc", "desc"]).optional(),
  })
  // Medusa reads a query's `order` as a sort field and refuses one outside the
  // allowed fields; this `order` sorts the timeline, so it travels under its own name.
  .transform(({ order, ...rest }) => ({ ...rest, timeline_order: order }))
export type AdminGetTicketParamsType = z.infer<typeof AdminGetTicketParams>

const date = z.coerce.date()
const flag = z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean())

export const AdminGetTicketsParams = createFindParams({ limit: 20, offset: 0, order: "-created_at" })
  .extend({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    order: z.enum(["created_at", "-created_at", "updated_at", "-updated_at"]).default("-created_at"),
    /** From a previous page's `next_cursor`: the next page, as fast at any depth. */
    cursor: z.string().max(500).optional(),
    /** A ticket number (with or without "#"), or words of the subject, contact name or email. */
    q: z.string().trim().min(1).max(200).optional(),
    status: oneOrMany.optional(),
    channel: oneOrMany.optional(),
    customer_id: oneOrMany.optional(),
    order_id: oneOrMany.optional(),
    department_id: oneOrMany.optional(),
    /** Agent ids, or "me" and "unassigned". */
    assignee_id: oneOrMany.optional(),
    /**
     * "Mine" (SPEC F-ASSIGN): tickets assigned to you, and tickets assigned to
     * one of your departments with no agent yet.
     */
    mine: flag.optional(),
    /** Only tickets whose sender matches no customer. */
    unlinked: flag.optional(),
    /** Only tickets with customer messages you have not opened since. */
    unread: flag.optional(),
    /** Only tickets this agent acted on ("me" for yourself). */
    acted_by: z.string().trim().min(1).optional(),
    created_after: date.optional(),
    created_before: date.optional(),
    updated_after: date.optional(),
    updated_before: date.optional(),
    /** Extra field values, e.g. `custom_fields[reason]=Too small`. */
    custom_fields: z.record(z.string(), z.string()).optional(),
    contact_email: z.string().trim().toLowerCase().optional(),
  })
  .strict()
export type AdminGetTicketsParamsType = z.infer<typeof AdminGetTicketsParams>

export const AdminCreateTicket = z
  .object({
    subject: z.string().trim().min(1).max(500),
    contact_email: z.email({ error: "Field 'contact_email' must be an email address" }).max(320).optional(),
    contact_name: z.string().trim().max(200).optional(),
    customer_id: id.optional(),
    order_id: id.optional(),
    department_id: id.optional(),
    assignee_id: id.optional(),
    language: z.enum(["en", "ru"]).optional(),
    message: z
      .object({
        body_text: z.string().trim().min(1).max(100_000),
        author_type: z.enum(["customer", "agent"]).default("customer"),
      })
      .strict()
      .optional(),
    custom_fields: z.record(z.string(), z.unknown()).optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
    additional_data: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()
  .refine((t) => t.contact_email || t.customer_id || t.order_id, {
    message: "Field 'contact_email' is required unless customer_id or order_id gives one",
    path: ["contact_email"],
  })
export type AdminCreateTicketType = z.infer<typeof AdminCreateTicket>

const bodyText = z.string().trim().min(1).max(100_000)

/** Copy recipients of a reply; at most 20 each, so a reply cannot turn into a mailing. */
const copyTo = z
  .array(z.string().trim().toLowerCase().pipe(z.email({ error: "Each CC/BCC entry must be an email address" })).pipe(z.string().max(320)))
  .max(20)
  .optional()

export const AdminReplyToTicket = z
  .object({
    body_text: bodyText,
    /** Rich text from the editor; sanitised before it is stored or sent. */
    body_html: z.string().max(500_000).nullable().optional(),
    cc: copyTo,
    bcc: copyTo,
    /** true: send and close; false: send and keep open. */
    close: z.boolean().default(false),
  })
  .strict()
export type AdminReplyToTicketType = z.infer<typeof AdminReplyToTicket>

export const AdminForwardTicket = z
  .object({
    to: z.email({ error: "Field 'to' must be an email address" }).max(320),
    body_text: bodyText,
    /** Attachments of this ticket's messages to send along (files uploaded with the forward go too). */
    attachment_ids: z.array(id).max(50).optional(),
  })
  .strict()
export type AdminForwardTicketType = z.infer<typeof AdminForwardTicket>

export const AdminAssignTicket = z
  .object({
    assignee_id: id.nullable().optional(),
    department_id: id.nullable().optional(),
    comment: z.string().trim().max(5_000).optional(),
  })
  .strict()
  .refine((b) => b.assignee_id !== undefined || b.department_id !== undefined, {
    message: "Field 'assignee_id' or 'department_id' is required",
    path: ["assignee_id"],
  })
export type AdminAssignTicketType = z.infer<typeof AdminAssignTicket>

export const AdminAddTicketNote = z
  .object({
    body_text: bodyText,
    /** Rich text from the editor; sanitised before it is stored. */
    body_html: z.string().max(500_000).nullable().optional(),
  })
  .strict()
export type AdminAddTicketNoteType = z.infer<typeof AdminAddTicketNote>

/** close, reopen, delete, restore, accept */
export const AdminTicketTransition = z
  .object({ comment: z.string().trim().max(5_000).optional() })
  .strict()
export type AdminTicketTransitionType = z.infer<typeof AdminTicketTransition>

export const AdminClaimTicket = z
  .object({ take_over: z.boolean().default(false) })
  .strict()
export type AdminClaimTicketType = z.infer<typeof AdminClaimTicket>

export const AdminUpdateTicket = z
  .object({
    subject: z.string().trim().min(1).max(500).optional(),
    order_id: id.nullable().optional(),
    customer_id: id.nullable().optional(),
  })
  .strict()
export type AdminUpdateTicketType = z.infer<typeof AdminUpdateTicket>

export const AdminSplitTicket = z.object({ message_id: id }).strict()
export type AdminSplitTicketType = z.infer<typeof AdminSplitTicket>

export const AdminMergeTicket = z.object({ into_ticket_id: id }).strict()
export type AdminMergeTicketType = z.infer<typeof AdminMergeTicket>

/** The side panel beside a ticket (GET /admin/helpdesk/tickets/:id/context): one page of the customer's orders. */
export const AdminGetTicketContextParams = z
  .object({
    /**
     * Orders per page, newest first. 20 by default: the panel pages through
     * the rest. 200 orders in one answer cost ~140 ms (bench ticket-page),
     * more than Medusa's own GET /admin/orders takes for them, while a page
     * of 20 answers as fast as GET /admin/orders/:id.
     */
    orders_limit: z.coerce.number().int().min(1).max(200).default(20),
    /** From a previous answer's `orders_next_offset`. */
    orders_offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type AdminGetTicketContextParamsType = z.infer<typeof AdminGetTicketContextParams>
