import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EMAIL_LINK_NO_MAILBOX, EMAIL_LINK_THROTTLED, sendEmailLinkWorkflow } from "../../../../workflows"
import { customerAuthor } from "../tickets/customer-author"
import { StoreSendEmailLinkType } from "./validators"

/**
 * "Link my requests": mails a signed link to an address; opening it while
 * signed in (email-proofs) shows that address's requests in "My requests".
 * 202 whether or not the address ever wrote, so nobody learns who did;
 * 409 when the store has no mailbox to send from; 429 with Retry-After after
 * three links to one address in an hour.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreSendEmailLinkType>, res: MedusaResponse) => {
  const author = await customerAuthor(req)
  try {
    const { result } = await sendEmailLinkWorkflow(req.scope).run({
      input: { email: req.validatedBody.email, customer_name: author.name, language: null },
    })
    res.status(202).json({ email_link: result })
  } catch (error) {
    const e = error as { code?: string; retry_after?: number; message: string }
    if (e.code === EMAIL_LINK_NO_MAILBOX) return res.status(409).json({ type: "not_allowed", message: e.message })
    if (e.code !== EMAIL_LINK_THROTTLED) throw error
    res.status(429).set("Retry-After", String(e.retry_after ?? 3600)).json({ type: "too_many_requests", message: e.message })
  }
}
