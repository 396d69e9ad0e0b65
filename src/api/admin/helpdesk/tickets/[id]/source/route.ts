import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../../modules/helpdesk"

/**
 * Where a ticket came from, for the info block (SPEC §5): the mailbox it was
 * written to or the form it was submitted on, and the sales channel of that
 * mailbox or form. Names only, never a mailbox's settings. The tickets
 * middleware already answered 404 if this agent may not see the ticket.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const [[ticket], [submission]] = await Promise.all([
    helpdesk.listTickets({ id: req.params.id }, { select: ["id", "mailbox_id"] }),
    helpdesk.listFormSubmissions({ ticket_id: req.params.id }, { select: ["form_id"], take: 1 }),
  ])
  if (!ticket) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket ${req.params.id} was not found.`)
  }
  const [[mailbox], [form]] = await Promise.all([
    ticket.mailbox_id
      ? helpdesk.listMailboxes({ id: ticket.mailbox_id }, { select: ["id", "name", "address", "sales_channel_id"], withDeleted: true })
      : [],
    submission?.form_id
      ? helpdesk.listForms({ id: submission.form_id }, { select: ["id", "name", "sales_channel_id"], withDeleted: true })
      : [],
  ])
  const salesChannelId = form?.sales_channel_id ?? mailbox?.sales_channel_id ?? null
  let sales_channel: { id: string; name: string } | null = null
  if (salesChannelId) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "sales_channel", fields: ["id", "name"], filters: { id: salesChannelId } })
    sales_channel = data[0] ? { id: data[0].id, name: data[0].name } : { id: salesChannelId, name: salesChannelId }
  }
  res.json({
    source: {
      mailbox: mailbox ? { id: mailbox.id, name: mailbox.name, address: mailbox.address } : null,
      form: form ? { id: form.id, name: form.name } : null,
      sales_channel,
    },
  })
}
