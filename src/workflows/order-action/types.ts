import { TicketActor } from "../ticket/types"

/** Which ticket an order action is taken from, on which order, by whom. */
export interface OrderActionInput {
  ticket_id: string
  order_id: string
  actor: TicketActor
}

/** What the history line and the event say about the order. */
export interface ActionableOrder {
  id: string
  display_id: number
  email: string | null
  customer_id: string | null
  currency_code: string
}
