import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receiveCustomerMessageWorkflow } from "../../../../../../../workflows"
import { keepUploads, receivedUploads } from "../../../../../../utils/receive-uploads"
import { handleGuestForm } from "../../../../guest-form"
import { HelpdeskGuestReply } from "../../../../validators"

/**
 * The guest writes on their request from its page (multipart/form-data:
 * `body_text` and files), through the same workflow as mail and the
 * cabinet: a closed or cancelled request reopens. The author is the link's
 * address, on the ticket's customer account only if it has one.
 */
export const POST = (req: MedusaRequest, res: MedusaResponse) =>
  handleGuestForm(req, res, {
    schema: HelpdeskGuestReply,
    done: "sent",
    refusal: (t) => t.errors.noMessages,
    run: async ({ guest, ticket }, body) => {
      await receiveCustomerMessageWorkflow(req.scope).run({
        input: {
          ticket_id: ticket.id,
          author: { email: guest.email, name: ticket.contact_name, customer_id: ticket.customer_id },
          body_text: body.body_text,
          attachments: receivedUploads(req),
        },
      })
      keepUploads(req)
    },
  })
