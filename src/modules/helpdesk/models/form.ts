import { model } from "@medusajs/framework/utils"

/**
 * A web form customers open requests with (SPEC F-FORMS). `fields` holds the
 * definition checked by `FormFieldsSchema` (src/lib/forms/definition.ts); the
 * rest is how it looks and where its tickets go. `name` is for the admin only;
 * customers see `title`.
 */
export const Form = model
  .define({ name: "form", tableName: "helpdesk_form" }, {
    id: model.id({ prefix: "hdform" }).primaryKey(),
    name: model.text().searchable(),
    title: model.text(),
    description: model.text().nullable(),
    language: model.text().default("en"),
    fields: model.json(),
    button_text: model.text().nullable(),
    /** { accent, background, text } as #rrggbb; null keeps the defaults. */
    colors: model.json().nullable(),
    after_submit: model.enum(["message", "redirect"]).default("message"),
    success_message: model.text().nullable(),
    redirect_url: model.text().nullable(),
    /** Where its tickets go; with `department_choice` the customer picks among public departments instead. */
    department_id: model.text().nullable(),
    department_choice: model.boolean().default(false),
    sales_channel_id: model.text().nullable(),
    /** Origins (scheme://host[:port]) whose pages may embed the form and post to it. */
    allowed_origins: model.json().nullable(),
    /** The mailbox whose address, receipt and anti-spam rules apply to its tickets. */
    mailbox_id: model.text().nullable(),
    altcha_enabled: model.boolean().default(true),
    enabled: model.boolean().default(true),
  })
