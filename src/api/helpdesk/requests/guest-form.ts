import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { GuestNotice, GuestTexts } from "../../../lib/pages/guest-texts"
import { ACTION_NOT_ALLOWED } from "../../../modules/helpdesk"
import { transitionTicketWorkflow } from "../../../workflows"
import { formProblem } from "./form-errors"
import { findGuestTicket, Guest, GuestTicket } from "./guest-access"
import { guestPaths } from "./paths"
import { sendGuestNotFound } from "./respond"
import { sendTicketPage } from "./ticket-page"
import { HelpdeskGuestAction } from "./validators"

export interface GuestForm<T> {
  schema: z.ZodType<T>
  /** The notice the request's page shows after the redirect. */
  done: GuestNotice
  /** What the guest reads when the request's status does not allow it (the matrix's own message names internal statuses). */
  refusal: (texts: GuestTexts) => string
  run: (found: { guest: Guest; ticket: GuestTicket }, body: T) => Promise<unknown>
}

/**
 * A form posted on a request's page: 404 page unless the request is the
 * link's, 400 page naming what is wrong with the form, 409 page when the
 * request's status refuses it (the typed reply kept), else Post/Redirect/Get
 * back to the request's page, so reloading it posts nothing twice.
 */
export async function handleGuestForm<T>(req: MedusaRequest, res: MedusaResponse, form: GuestForm<T>) {
  const found = await findGuestTicket(req)
  if (!found) return sendGuestNotFound(req, res)
  const raw = (req.body ?? {}) as Record<string, unknown>
  const draft = typeof raw.body_text === "string" ? raw.body_text : undefined
  const body = form.schema.safeParse(raw)
  if (!body.success) return sendTicketPage(req, res, found, { status: 400, error: (t) => formProblem(body.error, t), draft })
  try {
    await form.run(found, body.data)
  } catch (error) {
    if ((error as { code?: string })?.code !== ACTION_NOT_ALLOWED) throw error
    return sendTicketPage(req, res, found, { status: 409, error: form.refusal, draft })
  }
  res
    .set({ "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" })
    .redirect(303, guestPaths(found.guest.token).ticket(found.ticket.number, form.done))
}

/**
 * Reopen or cancel from the request's page: the same workflow and actor as
 * the store routes (the customer, on the ticket's account if it has one).
 */
export function guestTransition(action: "reopen" | "cancel", done: GuestNotice, refusal: (texts: GuestTexts) => string) {
  return (req: MedusaRequest, res: MedusaResponse) =>
    handleGuestForm(req, res, {
      schema: HelpdeskGuestAction,
      done,
      refusal,
      run: ({ ticket }) =>
        transitionTicketWorkflow(req.scope).run({ input: { ticket_id: ticket.id, action, actor: { type: "customer", id: ticket.customer_id } } }),
    })
}
