import { z } from "@medusajs/framework/zod"

export const AdminUpdateSettings = z
  .object({
    /** Admin users who see and manage everything; empty: every agent. */
    supervisor_user_ids: z.array(z.string().trim().min(1)).max(500).optional(),
    /** Replies to cabinet, form and admin tickets go out from this mailbox; null: they stay in the cabinet. */
    default_mailbox_id: z.string().trim().min(1).max(100).nullable().optional(),
  })
  .strict()
export type AdminUpdateSettingsType = z.infer<typeof AdminUpdateSettings>
