import { z } from "@medusajs/framework/zod"

const note = z.string().trim().min(1).max(2_000)
const id = z.string().trim().min(1).max(100)
const amount = z.number().positive().finite()

/** Cancel and resend-confirmation take no options; anything sent is a mistake worth saying. */
export const AdminOrderActionEmpty = z.object({}).strict()
export type AdminOrderActionEmptyType = z.infer<typeof AdminOrderActionEmpty>

/** Without payment_id: the order's captured payment; without amount: all that is left of it. */
export const AdminRefundOrderPayment = z
  .object({ payment_id: id.optional(), amount: amount.optional(), note: note.optional() })
  .strict()
export type AdminRefundOrderPaymentType = z.infer<typeof AdminRefundOrderPayment>

export const AdminReturnOrderItems = z
  .object({
    items: z
      .array(
        z
          .object({
            id,
            quantity: z.number().int().positive(),
            reason_id: id.optional(),
            note: note.optional(),
          })
          .strict()
      )
      .min(1)
      .max(200),
    /** Where the items come back to; by default where they were fulfilled from. */
    location_id: id.optional(),
    /** Refund the returned items to the order's captured payment. */
    refund: z.boolean().default(false),
    /** Refund this much instead of what the items cost (only with refund: true). */
    refund_amount: amount.optional(),
    note: note.optional(),
  })
  .strict()
  .refine((body) => body.refund_amount === undefined || body.refund, {
    message: "refund_amount needs refund: true",
    path: ["refund_amount"],
  })
export type AdminReturnOrderItemsType = z.infer<typeof AdminReturnOrderItems>
