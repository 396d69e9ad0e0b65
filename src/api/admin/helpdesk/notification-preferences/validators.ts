import { z } from "@medusajs/framework/zod"

export const AdminUpdateNotificationPreferences = z
  .object({
    new_ticket: z.boolean().optional(),
    assigned: z.boolean().optional(),
    customer_replied: z.boolean().optional(),
    watched: z.boolean().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Send at least one of new_ticket, assigned, customer_replied, watched.")
export type AdminUpdateNotificationPreferencesType = z.infer<typeof AdminUpdateNotificationPreferences>
