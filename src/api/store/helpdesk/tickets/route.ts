import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decodeCursor, encodeCursor, HELPDESK_MODULE, HelpdeskModuleService } from "../../../../modules/helpdesk"
import { createTicketsWorkflow } from "../../../../workflows"
import { keepUploads, receivedUploads } from "../../../utils/receive-uploads"
import { checkCustomerReferences } from "./check-customer-references"
import { customerAuthor } from "./customer-author"
import { storefrontLanguage } from "./storefront-language"
import { customerTicket, statusOf } from "./customer-view"
import { respondWithTicket } from "./respond"
import { StoreCreateTicketType, StoreGetTicketsParamsType } from "./validators"

/** "My requests": the signed-in customer's tickets, latest activity first, in keyset pages. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreGetTicketsParamsType>, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const { view, limit, cursor } = req.validatedQuery as StoreGetTicketsParamsType
  const after = cursor ? decodeCursor(cursor) : null
  const rows = await helpdesk.listCabinetTickets(req.auth_context.actor_id, {
    view,
    limit,
    cursor: after ? { at: after.value, id: after.id } : null,
  })
  const status = await statusOf(helpdesk)
  const last = rows[rows.length - 1]
  res.json({
    tickets: rows.map((row) => customerTicket(row, status(row))),
    next_cursor: rows.length === limit && last ? encodeCursor(last.activity_at, last.id) : null,
    limit,
  })
}

/**
 * A new request from "My requests": on the customer's account, optionally in
 * a public department and about one of their own orders, with files
 * (multipart/form-data, the body as JSON in `payload`). 201 with the ticket.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateTicketType>, res: MedusaResponse) => {
  const body = req.validatedBody
  await checkCustomerReferences(req, body)
  const author = await customerAuthor(req)
  const { result } = await createTicketsWorkflow(req.scope).run({
    input: {
      actor: { type: "customer", id: author.customer_id },
      tickets: [
        {
          subject: body.subject,
          channel: "cabinet",
          customer_id: author.customer_id,
          contact_email: author.email,
          contact_name: author.name,
          department_id: body.department_id ?? null,
          order_id: body.order_id ?? null,
          language: storefrontLanguage(req),
          message: { body_text: body.body_text, author_type: "customer", attachments: receivedUploads(req) },
        },
      ],
    },
  })
  keepUploads(req)
  await respondWithTicket(req, res, result[0].id, 201)
}
