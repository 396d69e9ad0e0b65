import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ACTION_NOT_ALLOWED, TICKET_CLAIMED } from "../../../../modules/helpdesk"
import { transitionTicketWorkflow } from "../../../../workflows"
import { adminTicketFields } from "./query-config"
import { AdminTicketTransitionType } from "./validators"

export async function refetchTicket(container: MedusaContainer, id: string, fields: string[] = adminTicketFields) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "ticket", fields, filters: { id } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket ${id} was not found.`)
  }
  return data[0]
}

/**
 * Orders messages and history by time (the graph does not order nested rows)
 * and merges them into one `timeline`, oldest first unless `order` is "desc".
 */
export function withTimeline<T extends { messages?: any[]; events?: any[] }>(
  ticket: T,
  order: "asc" | "desc" = "asc"
) {
  const sign = order === "desc" ? -1 : 1
  const byTime = (a: any, b: any) =>
    sign * (new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
  ticket.messages?.sort(byTime)
  ticket.events?.sort(byTime)
  const timeline = [
    ...(ticket.messages ?? []).map((m) => ({ entry: "message" as const, ...m })),
    ...(ticket.events ?? []).map((e) => ({ entry: "event" as const, ...e })),
  ].sort(byTime)
  return { ...ticket, timeline }
}

/**
 * Runs a ticket action. When the action matrix refuses it, or another agent's
 * claim blocks it, answers 409 saying why instead of Medusa's generic 400.
 */
export async function runTicketAction(res: MedusaResponse, run: () => Promise<unknown>) {
  try {
    await run()
    return true
  } catch (error) {
    const e = error as { code?: string; message?: string }
    if (e?.code === ACTION_NOT_ALLOWED || e?.code === TICKET_CLAIMED) {
      res.status(409).json({ type: "not_allowed", code: e.code, message: e.message })
      return false
    }
    throw error
  }
}

/** The handler of an action that only moves a ticket between statuses. */
export function transitionRoute(action: string) {
  return async (
    req: AuthenticatedMedusaRequest<AdminTicketTransitionType>,
    res: MedusaResponse
  ) => {
    const ran = await runTicketAction(res, () =>
      transitionTicketWorkflow(req.scope).run({
        input: {
          ticket_id: req.params.id,
          action,
          actor: { type: "agent", id: req.auth_context.actor_id },
          comment: req.validatedBody?.comment ?? null,
        },
      })
    )
    if (ran) {
      res.json({ ticket: withTimeline(await refetchTicket(req.scope, req.params.id)) })
    }
  }
}
