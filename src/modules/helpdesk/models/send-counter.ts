import { model } from "@medusajs/framework/utils"

/**
 * A count of automatic mails per key and time window (e.g. receipts to one
 * address in one hour). Raised with one upsert, so the limit holds however
 * many store processes send.
 */
export const SendCounter = model.define({ name: "send_counter", tableName: "helpdesk_send_counter" }, {
  id: model.text().primaryKey(),
  count: model.number().default(0),
  window_ends_at: model.dateTime(),
})
