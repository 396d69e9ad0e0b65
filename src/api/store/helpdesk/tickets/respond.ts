import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ACTION_NOT_ALLOWED, HELPDESK_MODULE, HelpdeskModuleService } from "../../../../modules/helpdesk"
import { ARCHIVE_NOT_ALLOWED } from "../../../../workflows"
import { customerMessages, customerTicket, statusOf } from "./customer-view"
import { findOwnTicket } from "./find-own-ticket"

/** Answers with the ticket as the customer sees it, with the history they may read. */
export async function respondWithTicket(req: AuthenticatedMedusaRequest, res: MedusaResponse, ticketId: string, status = 200) {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const row = await findOwnTicket(req, ticketId)
  const toStatus = await statusOf(helpdesk)
  res.status(status).json({ ticket: { ...customerTicket(row, toStatus(row)), messages: await customerMessages(req.scope, helpdesk, row.id) } })
}

/**
 * Runs a customer's action; one the request's status does not allow answers
 * 409 with `refusal` (the matrix's own message names internal statuses a
 * customer never sees).
 */
export async function runCustomerAction(res: MedusaResponse, refusal: string, run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run()
    return true
  } catch (error) {
    const e = error as { code?: string; message?: string }
    if (e?.code === ACTION_NOT_ALLOWED || e?.code === ARCHIVE_NOT_ALLOWED) {
      res.status(409).json({ type: "not_allowed", message: e.code === ARCHIVE_NOT_ALLOWED ? e.message : refusal })
      return false
    }
    throw error
  }
}
