import { model } from "@medusajs/framework/utils"

/**
 * Someone who wrote to the helpdesk, by email address (lower case). Holds
 * what belongs to the address rather than to one ticket: the language of its
 * mails and pages, and the version of its guest link — raising
 * `access_version` revokes every link sent so far.
 */
export const Contact = model
  .define({ name: "contact", tableName: "helpdesk_contact" }, {
    id: model.id({ prefix: "hdct" }).primaryKey(),
    email: model.text(),
    name: model.text().nullable(),
    language: model.text().nullable(),
    access_version: model.number().default(1),
  })
  .indexes([{ on: ["email"], unique: true, where: "deleted_at IS NULL" }])
