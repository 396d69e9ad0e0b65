import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { receiveUploadsWith } from "../../utils/receive-uploads"
import { findGuestTicket } from "./guest-access"
import { sendGuestNotFound } from "./respond"
import { sendTicketPage } from "./ticket-page"

/** No file is stored for a link or request that is not genuine. */
async function requireGuestTicket(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (await findGuestTicket(req)) return next()
  sendGuestNotFound(req, res)
}

/** The reply form's text arrives as a plain field; a refused file is explained on the request's page. */
const guestReplyUploads = receiveUploadsWith({
  formFields: ["body_text"],
  refuse: async (req, res, refusal) => {
    const found = await findGuestTicket(req)
    if (!found) return sendGuestNotFound(req, res)
    await sendTicketPage(req, res, found, { status: refusal.status, error: (t, limits) => t.errors.upload(refusal.status, limits) })
  },
})

/** The guest "My requests" pages: public, the token in the path is the proof. */
export const guestRequestRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/helpdesk/requests/:token/tickets/:number/messages",
    middlewares: [requireGuestTicket, guestReplyUploads],
  },
]
