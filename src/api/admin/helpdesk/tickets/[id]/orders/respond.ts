import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchTicket, runTicketAction, withTimeline } from "../../helpers"

/**
 * Runs an order action's workflow for the agent and answers with the history
 * line it wrote and the ticket as it is now. Medusa's own refusals (an order
 * already fulfilled, more refunded than captured) are MedusaErrors and reach
 * the agent as 4xx with Medusa's message; the ticket's own (trash, another
 * agent's claim) as 409, like the ticket's other actions.
 */
export async function runOrderAction(
  req: AuthenticatedMedusaRequest<any>,
  res: MedusaResponse,
  workflow: (container: any) => { run: (args: { input: any }) => Promise<{ result: unknown }> },
  extra: Record<string, unknown> = {}
) {
  let result: unknown
  const ran = await runTicketAction(res, async () => {
    ;({ result } = await workflow(req.scope).run({
      input: {
        ticket_id: req.params.id,
        order_id: req.params.order_id,
        actor: { type: "agent", id: req.auth_context.actor_id },
        ...extra,
      },
    }))
  })
  if (ran) {
    res.status(201).json({ event: result, ticket: withTimeline(await refetchTicket(req.scope, req.params.id)) })
  }
}
