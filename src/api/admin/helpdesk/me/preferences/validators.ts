import { z } from "@medusajs/framework/zod"

export const AdminUpdateAgentPreferences = z
  .object({
    history_order: z.enum(["asc", "desc"]).optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Send at least one preference, e.g. history_order.")
export type AdminUpdateAgentPreferencesType = z.infer<typeof AdminUpdateAgentPreferences>
