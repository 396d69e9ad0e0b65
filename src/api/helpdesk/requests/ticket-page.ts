import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderGuestTicketPage } from "../../../lib/pages/guest-ticket-page"
import { GuestNotice, GuestTexts, UploadLimitsView } from "../../../lib/pages/guest-texts"
import { CabinetTicketRow, HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { customerMessages, statusOf } from "../../store/helpdesk/tickets/customer-view"
import { Guest, GuestTicket } from "./guest-access"
import { guestPaths } from "./paths"
import { guestPageContext, sendGuestPage } from "./respond"

/** A guest's ticket in the shape the customer-facing status is computed from. */
export function cabinetRow(ticket: GuestTicket, lastAgentMessageAt: Date | string | null): CabinetTicketRow {
  return {
    id: ticket.id,
    number: ticket.number,
    subject: ticket.subject,
    status: ticket.status,
    channel: ticket.channel,
    order_id: ticket.order_id,
    archived_at: ticket.archived_at,
    customer_read_at: ticket.customer_read_at,
    created_at: ticket.created_at,
    updated_at: ticket.updated_at,
    activity_at: ticket.last_message_at ?? ticket.created_at,
    last_agent_message_at: lastAgentMessageAt ? new Date(lastAgentMessageAt) : null,
  }
}

export interface TicketPageState {
  status?: number
  notice?: GuestNotice
  /** Picks the refusal's words from the page's language. */
  error?: (texts: GuestTexts, uploads: UploadLimitsView) => string
  draft?: string
}

/** Answers the request's page: its public history, the reply form, and the actions its status allows. */
export async function sendTicketPage(
  req: MedusaRequest,
  res: MedusaResponse,
  { guest, ticket }: { guest: Guest; ticket: GuestTicket },
  state: TicketPageState = {}
) {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const context = guestPageContext(req, ticket.language ?? guest.language)
  const paths = guestPaths(guest.token)
  const [messages, toStatus, workflow] = await Promise.all([
    customerMessages(req.scope, helpdesk, ticket.id),
    statusOf(helpdesk),
    helpdesk.getTicketWorkflow(),
  ])
  const lastAgent = messages.filter((m) => m.author === "support").pop()?.created_at ?? null
  // Offered only where the workflow allows the customer the action; a stale page is still refused by the workflow.
  const allows = (action: string) =>
    workflow.actions.some((a) => a.id === action && a.actor_types.includes("customer") && ticket.status in a.transitions)
  const options = helpdesk.getOptions()
  const uploads = { maxFiles: options.uploadMaxFiles, maxBytes: options.uploadMaxBytes, extensions: options.uploadExtensions }
  const html = renderGuestTicketPage({
    ...context,
    number: ticket.number,
    subject: ticket.subject,
    status: toStatus(cabinetRow(ticket, lastAgent)),
    listHref: paths.list(),
    history: messages.map((m) => ({
      author: m.author,
      author_name: m.author_name,
      body_text: m.body_text,
      created_at: m.created_at,
      attachments: m.attachments.map((a) => ({ filename: a.filename, size: a.size, href: paths.attachment(ticket.number, a.id) })),
    })),
    forms: {
      reply: paths.reply(ticket.number),
      reopen: allows("reopen") ? paths.reopen(ticket.number) : null,
      cancel: allows("cancel") ? paths.cancel(ticket.number) : null,
    },
    uploads,
    notice: state.notice ? context.texts.notices[state.notice] : null,
    error: state.error?.(context.texts, uploads) ?? null,
    draft: state.draft,
  })
  sendGuestPage(res, state.status ?? 200, html)
}
