import { model } from "@medusajs/framework/utils"

/**
 * Something done to a ticket, and where it leads. `transitions` maps each
 * status the action is allowed in to the status it leaves the ticket in:
 * `null` keeps the status, "$previous" goes back to the status remembered at
 * deletion. A status missing from the map forbids the action there.
 */
export const TicketAction = model.define(
  { name: "ticket_action", tableName: "helpdesk_ticket_action" },
  {
    id: model.text().primaryKey(),
    label: model.text(),
    /** Who may run it: "agent", "customer", "system". */
    actor_types: model.array(),
    transitions: model.json(),
    /** Running it makes the acting agent the assignee. */
    assigns_actor: model.boolean().default(false),
    position: model.number().default(0),
  }
)
