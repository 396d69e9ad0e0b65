import { z } from "@medusajs/framework/zod"

export const AdminCreateCannedReply = z
  .object({
    title: z.string().trim().min(1).max(200),
    body: z.string().min(1).max(50_000),
    /** Offered only to this department's agents; null or left out: to everyone. */
    department_id: z.string().trim().min(1).nullable().optional(),
  })
  .strict()
export type AdminCreateCannedReplyType = z.infer<typeof AdminCreateCannedReply>

export const AdminUpdateCannedReply = AdminCreateCannedReply.partial().strict()
export type AdminUpdateCannedReplyType = z.infer<typeof AdminUpdateCannedReply>

export const AdminRenderCannedReply = z.object({ ticket_id: z.string().trim().min(1) }).strict()
export type AdminRenderCannedReplyType = z.infer<typeof AdminRenderCannedReply>
