import { z } from "@medusajs/framework/zod"

export const AdminUpdateSettings = z
  .object({
    /** Admin users who see and manage everything; empty: every agent. */
    supervisor_user_ids: z.array(z.string().trim().min(1)).max(500).optional(),
  })
  .strict()
export type AdminUpdateSettingsType = z.infer<typeof AdminUpdateSettings>
