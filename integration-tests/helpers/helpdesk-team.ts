import { logger } from "@medusajs/framework/logger"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { uploadBuffers } from "../../src/lib/files/upload-buffers"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../src/modules/helpdesk"
import { Agent, as, createAdminUser } from "./admin"

/** The four people the authorization rules tell apart (SPEC §6 "Who is an agent"). */
export const ROLES = ["supervisor", "member", "outsider", "assignee"] as const
export type Role = (typeof ROLES)[number]

/**
 * A helpdesk with two departments, Returns (X) and Billing (Y), and one named
 * supervisor: Sam the supervisor; Mia, a member of Returns; Otto, a member of
 * Billing; Asa, also of Billing, to whom Returns' tickets are assigned. While
 * no supervisor is named everyone is one, so Sam is named before the test acts.
 */
export interface HelpdeskTeam {
  agents: Record<Role, Agent>
  returns: string
  billing: string
  helpdesk: HelpdeskModuleService
}

export async function createHelpdeskTeam(api: any, container: MedusaContainer): Promise<HelpdeskTeam> {
  const agents = {} as Record<Role, Agent>
  for (const [role, email] of [
    ["supervisor", "sam@example.com"],
    ["member", "mia@example.com"],
    ["outsider", "otto@example.com"],
    ["assignee", "asa@example.com"],
  ] as const) {
    const { user, headers } = await createAdminUser(container, email)
    agents[role] = { id: user.id, headers }
  }
  const sam = as(api, agents.supervisor)
  const returns = (await sam.post("/admin/helpdesk/departments", { name: "Returns" })).data.department.id
  const billing = (await sam.post("/admin/helpdesk/departments", { name: "Billing" })).data.department.id
  await sam.post(`/admin/helpdesk/departments/${returns}/members`, { add: [agents.member.id] })
  await sam.post(`/admin/helpdesk/departments/${billing}/members`, { add: [agents.outsider.id, agents.assignee.id] })
  const settings = await sam.post("/admin/helpdesk/settings", { supervisor_user_ids: [agents.supervisor.id] })
  if (settings.status !== 200) throw new Error(`could not name the supervisor: ${JSON.stringify(settings.data)}`)
  return { agents, returns, billing, helpdesk: container.resolve(HELPDESK_MODULE) }
}

/**
 * Registers a suite's hooks: a fresh team before each test, and the store's
 * info logs silenced (every refused request logs a line, which would bury the
 * report). Returns the current team.
 */
export function useHelpdeskTeam(api: any, getContainer: () => MedusaContainer): () => HelpdeskTeam {
  let team: HelpdeskTeam
  beforeAll(() => logger.setLogLevel("warn"))
  afterAll(() => logger.unsetLogLevel())
  beforeEach(async () => {
    team = await createHelpdeskTeam(api, getContainer())
  })
  return () => team
}

/** Stores bytes the way the mail collector does (private files through the File module); returns the file id. */
export async function storeFile(container: MedusaContainer, filename: string, content: string | Buffer, mimeType = "application/octet-stream") {
  const [id] = await uploadBuffers(container.resolve(Modules.FILE), [
    { filename, mimeType, content: Buffer.isBuffer(content) ? content : Buffer.from(content) },
  ])
  return id
}

export interface TicketFixture {
  id: string
  number: string
  message_ids: string[]
  attachment_id: string
  file_id: string
  raw_file_id: string
}

/**
 * A ticket of `department_id` assigned to `assignee_id`, with two customer
 * messages (the first kept as raw mail, with an attachment) and a note,
 * written straight through the module as test setup.
 */
export async function createTicketFixture(
  container: MedusaContainer,
  opts: { department_id?: string | null; assignee_id?: string | null; status?: string; subject?: string; filename?: string } = {}
): Promise<TicketFixture> {
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  const subject = opts.subject ?? "Broken kettle"
  const [ticket] = await helpdesk.createNumberedTickets([
    {
      subject,
      channel: "email",
      contact_email: "customer@example.com",
      department_id: opts.department_id ?? null,
      assignee_id: opts.assignee_id ?? null,
    },
  ])
  if (opts.status) {
    await helpdesk.updateTickets({
      id: ticket.id,
      status: opts.status,
      status_before_delete: opts.status === "deleted" ? "new" : null,
    })
  }
  const raw_file_id = await storeFile(container, "mail.eml", `Subject: ${subject}\r\n\r\nSecret body of ${ticket.number}\r\n`, "message/rfc822")
  const file_id = await storeFile(container, opts.filename ?? "photo.txt", `attachment of ${ticket.number}`, "text/plain")
  // A minute apart: rows of one insert share a timestamp, and "later" must mean later (split).
  const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000)
  const messages = await helpdesk.createTicketMessages([
    { ticket_id: ticket.id, kind: "message", author_type: "customer", body_text: `First words of ${ticket.number}`, raw_file_id, created_at: at(3) },
    { ticket_id: ticket.id, kind: "note", author_type: "agent", body_text: `Internal note of ${ticket.number}`, created_at: at(2) },
    { ticket_id: ticket.id, kind: "message", author_type: "customer", body_text: `Later words of ${ticket.number}`, created_at: at(1) },
  ] as any)
  const [attachment] = await helpdesk.createTicketAttachments([
    { message_id: messages[0].id, file_id, filename: opts.filename ?? "photo.txt", content_type: "text/plain", size: 20 },
  ] as any)
  return {
    id: ticket.id,
    number: ticket.number,
    message_ids: messages.map((m: { id: string }) => m.id),
    attachment_id: attachment.id,
    file_id,
    raw_file_id,
  }
}
