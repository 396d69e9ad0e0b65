import { z } from "@medusajs/framework/zod"

export const AdminCustomerNote = z.object({ body: z.string().trim().min(1).max(10_000) }).strict()
export type AdminCustomerNoteType = z.infer<typeof AdminCustomerNote>
