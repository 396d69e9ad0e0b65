import { model } from "@medusajs/framework/utils"
import { Ticket } from "./ticket"

/** One line of a ticket's history: who did what, when. */
export const TicketEvent = model
  .define({ name: "ticket_event", tableName: "helpdesk_ticket_event" }, {
    id: model.id({ prefix: "tevt" }).primaryKey(),
    ticket: model.belongsTo(() => Ticket, { mappedBy: "events" }),
    type: model.text(),
    actor_type: model.enum(["customer", "agent", "colleague", "system"]),
    actor_id: model.text().nullable(),
    data: model.json().nullable(),
  })
  .indexes([{ on: ["ticket_id", "created_at"] }, { on: ["actor_id", "type"] }])
