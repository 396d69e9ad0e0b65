import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export async function refetchTicket(container: MedusaContainer, id: string, fields: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "ticket", fields, filters: { id } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket ${id} was not found.`)
  }
  return data[0]
}

/** Oldest first, which is how a conversation reads; the graph does not order nested rows. */
export function sortTicketTimeline<T extends { messages?: any[]; events?: any[] }>(ticket: T): T {
  const byTime = (a: any, b: any) =>
    new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
  ticket.messages?.sort(byTime)
  ticket.events?.sort(byTime)
  return ticket
}
