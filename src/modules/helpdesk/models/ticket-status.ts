import { model } from "@medusajs/framework/utils"

/**
 * A status a ticket can be in. Rows, not an enum: the default set is seeded,
 * and merchants may add their own (F-WORKFLOW).
 */
export const TicketStatus = model.define(
  { name: "ticket_status", tableName: "helpdesk_ticket_status" },
  {
    id: model.text().primaryKey(),
    label: model.text(),
    color: model.text().default("grey"),
    /** Open tickets are the ones waiting for the team: New, Discussion, Reopened. */
    is_open: model.boolean().default(false),
    position: model.number().default(0),
  }
)
