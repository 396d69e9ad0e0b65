import { model } from "@medusajs/framework/utils"

/** A reply template with {{VARIABLES}}, for every agent or one department (F-CANNED). */
export const CannedReply = model
  .define({ name: "canned_reply", tableName: "helpdesk_canned_reply" }, {
    id: model.id({ prefix: "hcan" }).primaryKey(),
    title: model.text().searchable(),
    body: model.text(),
    /** null: offered to every agent. */
    department_id: model.text().nullable(),
  })
  .indexes([{ on: ["department_id"] }])
