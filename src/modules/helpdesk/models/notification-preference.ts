import { model } from "@medusajs/framework/utils"

/** Which helpdesk notifications an agent wants (SPEC §5 "Notifications"); no row means the defaults. */
export const NotificationPreference = model
  .define({ name: "notification_preference", tableName: "helpdesk_notification_preference" }, {
    id: model.id({ prefix: "hdnp" }).primaryKey(),
    user_id: model.text(),
    new_ticket: model.boolean().default(true),
    assigned: model.boolean().default(true),
    customer_replied: model.boolean().default(true),
    watched: model.boolean().default(true),
  })
  .indexes([{ on: ["user_id"], unique: true, where: "deleted_at IS NULL" }])
