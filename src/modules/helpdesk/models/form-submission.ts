import { model } from "@medusajs/framework/utils"

/**
 * One accepted submission of a form, under the idempotency key the client
 * sent: the unique (form, key) makes a double submit (a double click, a
 * retry after a lost answer, two store instances) open one ticket.
 * `ticket_id` is null only while the ticket is being made.
 */
export const FormSubmission = model
  .define({ name: "form_submission", tableName: "helpdesk_form_submission" }, {
    id: model.id({ prefix: "hdfsub" }).primaryKey(),
    form_id: model.text(),
    idempotency_key: model.text(),
    ticket_id: model.text().nullable(),
  })
  .indexes([{ on: ["form_id", "idempotency_key"], unique: true }])
