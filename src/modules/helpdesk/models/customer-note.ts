import { model } from "@medusajs/framework/utils"

/** An internal note about a customer, shown beside every ticket of theirs (SPEC §5). */
export const CustomerNote = model
  .define({ name: "customer_note", tableName: "helpdesk_customer_note" }, {
    id: model.id({ prefix: "hcnote" }).primaryKey(),
    customer_id: model.text(),
    author_id: model.text().nullable(),
    body: model.text(),
  })
  .indexes([{ on: ["customer_id", "created_at"] }])
