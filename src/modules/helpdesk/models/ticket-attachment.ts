import { model } from "@medusajs/framework/utils"
import { TicketMessage } from "./ticket-message"

/** A file stored through Medusa's File module; served only through plugin routes. */
export const TicketAttachment = model
  .define({ name: "ticket_attachment", tableName: "helpdesk_ticket_attachment" }, {
    id: model.id({ prefix: "tatt" }).primaryKey(),
    message: model.belongsTo(() => TicketMessage, { mappedBy: "attachments" }),
    file_id: model.text(),
    filename: model.text(),
    content_type: model.text(),
    size: model.number(),
    content_id: model.text().nullable(),
    inline: model.boolean().default(false),
  })
  .indexes([{ on: ["message_id"] }])
