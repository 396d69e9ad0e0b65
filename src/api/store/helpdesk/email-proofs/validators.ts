import { z } from "@medusajs/framework/zod"

export const StoreProveEmail = z
  .object({
    /** The token of a guest link (REQUEST_LIST_URL) mailed to the address. */
    token: z.string().trim().min(1).max(2000),
  })
  .strict()
export type StoreProveEmailType = z.infer<typeof StoreProveEmail>
