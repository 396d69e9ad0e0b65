import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CabinetTicketRow, customerFacingStatus, HelpdeskModuleService } from "../../../../modules/helpdesk"

/**
 * What a customer sees of their tickets: the simplified status (SPEC §4),
 * never the internal one, the assignee, the department or any agent's
 * address. Each shape is built field by field, so a column added to the
 * model never reaches the store by accident.
 */
export async function statusOf(helpdesk: HelpdeskModuleService) {
  const { statuses } = await helpdesk.getTicketWorkflow()
  const open = new Set(statuses.filter((s) => s.is_open).map((s) => s.id))
  return (row: CabinetTicketRow) => customerFacingStatus(row, (status) => open.has(status))
}

export function customerTicket(row: CabinetTicketRow, status: ReturnType<Awaited<ReturnType<typeof statusOf>>>) {
  const replied = row.last_agent_message_at ? new Date(row.last_agent_message_at).getTime() : null
  const read = row.customer_read_at ? new Date(row.customer_read_at).getTime() : null
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    status,
    order_id: row.order_id,
    unread: replied !== null && (read === null || read < replied),
    archived: !!row.archived_at,
    created_at: row.created_at,
    updated_at: row.activity_at,
  }
}

/** The history a customer may read: their messages and support's replies, with their files; never notes, forwards or system lines. */
export async function customerMessages(container: MedusaContainer, helpdesk: HelpdeskModuleService, ticketId: string) {
  const messages = await helpdesk.listTicketMessages(
    { ticket_id: ticketId, kind: "message", author_type: ["customer", "agent"] },
    { relations: ["attachments"], order: { created_at: "ASC" }, take: 1000 }
  )
  const agentIds = [...new Set(messages.filter((m) => m.author_type === "agent" && m.author_id).map((m) => m.author_id!))]
  const agents = agentIds.length
    ? await container.resolve(Modules.USER).listUsers({ id: agentIds }, { select: ["id", "first_name"] })
    : []
  const firstName = new Map(agents.map((u) => [u.id, u.first_name ?? null]))
  return messages.map((m) => ({
    id: m.id,
    author: m.author_type === "agent" ? ("support" as const) : ("customer" as const),
    // Support signs with a first name at most: no agent's address or id leaves the store.
    author_name: m.author_type === "agent" ? firstName.get(m.author_id ?? "") ?? null : m.author_name ?? null,
    body_text: m.body_text,
    body_html: m.body_html ?? null,
    created_at: m.created_at,
    attachments: (m.attachments ?? [])
      .filter((a) => !a.inline)
      .map((a) => ({ id: a.id, filename: a.filename, content_type: a.content_type, size: a.size })),
  }))
}
