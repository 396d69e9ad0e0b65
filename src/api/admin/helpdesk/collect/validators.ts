import { z } from "@medusajs/framework/zod"

/** "Refresh now" takes nothing: every enabled mailbox is collected. */
export const AdminCollectMail = z.object({}).strict()
export type AdminCollectMailType = z.infer<typeof AdminCollectMail>
