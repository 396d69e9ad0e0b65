import { model } from "@medusajs/framework/utils"
import { Ticket } from "./ticket"

/** When an agent last opened a ticket; newer customer messages make it unread for them. */
export const TicketRead = model
  .define({ name: "ticket_read", tableName: "helpdesk_ticket_read" }, {
    id: model.id({ prefix: "tread" }).primaryKey(),
    ticket: model.belongsTo(() => Ticket, { mappedBy: "reads" }),
    user_id: model.text(),
    read_at: model.dateTime(),
  })
  .indexes([{ on: ["user_id", "ticket_id"], unique: true }])
