import { model } from "@medusajs/framework/utils"

/**
 * An address a store customer has proven is theirs (SPEC §6 "Email
 * ownership"): Medusa does not verify customers' emails, so the requests
 * that came from an address by mail or form show in a customer's "My
 * requests" only once they opened a link sent to it. Several customers may
 * prove one address (a shared mailbox); the email is lower case.
 */
export const CustomerEmail = model
  .define({ name: "customer_email", tableName: "helpdesk_customer_email" }, {
    id: model.id({ prefix: "hdce" }).primaryKey(),
    customer_id: model.text(),
    email: model.text(),
  })
  .indexes([
    { on: ["customer_id", "email"], unique: true, where: "deleted_at IS NULL" },
    { on: ["email"] },
  ])
