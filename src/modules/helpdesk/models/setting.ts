import { model } from "@medusajs/framework/utils"

/** One helpdesk-wide setting, such as the list of supervisors. */
export const Setting = model.define({ name: "setting", tableName: "helpdesk_setting" }, {
  id: model.text().primaryKey(),
  value: model.json(),
})
