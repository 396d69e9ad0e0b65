import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderGuestListPage } from "../../../../lib/pages/guest-list-page"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../modules/helpdesk"
import { customerTicket, statusOf } from "../../../store/helpdesk/tickets/customer-view"
import { findGuest } from "../guest-access"
import { listGuestRequests } from "../list-requests"
import { guestPaths } from "../paths"
import { guestPageContext, sendGuestNotFound, sendGuestPage } from "../respond"
import { cabinetRow } from "../ticket-page"
import { HelpdeskGuestListQuery } from "../validators"

/**
 * REQUEST_LIST_URL: every request of the link's address, latest activity
 * first, 50 a page. The token is the proof, so no session or publishable key.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const guest = await findGuest(req)
  if (!guest) return sendGuestNotFound(req, res)
  const context = guestPageContext(req, guest.language)
  const query = HelpdeskGuestListQuery.safeParse(req.query)
  if (!query.success) {
    return sendGuestPage(res, 400, renderGuestListPage({ ...context, rows: [], moreHref: null, error: context.texts.errors.badPage }))
  }
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const { page } = query.data
  const [{ rows, more }, toStatus] = await Promise.all([listGuestRequests(helpdesk, guest.email, page), statusOf(helpdesk)])
  const paths = guestPaths(guest.token)
  const html = renderGuestListPage({
    ...context,
    rows: rows.map(({ ticket, lastAgentMessageAt }) => {
      const row = cabinetRow(ticket, lastAgentMessageAt)
      const view = customerTicket(row, toStatus(row))
      return { number: view.number, subject: view.subject, status: view.status, unread: view.unread, updated_at: view.updated_at, href: paths.ticket(view.number) }
    }),
    moreHref: more ? paths.list(page + 1) : null,
  })
  sendGuestPage(res, 200, html)
}
