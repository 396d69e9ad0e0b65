import { z } from "@medusajs/framework/zod"
import { MAX_TOKEN_LENGTH } from "../../../../lib/tokens/signed-token"

/** A confirmation token's shape; whether it is genuine is the workflow's to say. */
export const HelpdeskConfirmParams = z.object({
  token: z.string().max(MAX_TOKEN_LENGTH).regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/),
})
export type HelpdeskConfirmParamsType = z.infer<typeof HelpdeskConfirmParams>
