import { z } from "@medusajs/framework/zod"

export const StoreSendEmailLink = z
  .object({
    /** An address the customer wrote to support from; a link to prove it is theirs is mailed there. */
    email: z.email({ error: "must be an email address" }).max(320).transform((e) => e.trim().toLowerCase()),
  })
  .strict()
export type StoreSendEmailLinkType = z.infer<typeof StoreSendEmailLink>
