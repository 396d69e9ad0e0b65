import { model } from "@medusajs/framework/utils"
import { Ticket } from "./ticket"

/** An agent following a ticket: they hear of every action on it (F-WATCH). */
export const TicketWatcher = model
  .define({ name: "ticket_watcher", tableName: "helpdesk_ticket_watcher" }, {
    id: model.id({ prefix: "twat" }).primaryKey(),
    ticket: model.belongsTo(() => Ticket, { mappedBy: "watchers" }),
    user_id: model.text(),
  })
  .indexes([
    { on: ["ticket_id", "user_id"], unique: true },
    { on: ["user_id"] },
  ])
