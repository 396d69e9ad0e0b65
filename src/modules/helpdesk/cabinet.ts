import { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { boundSql } from "./bound-sql"
import { normalizeEmail } from "./contacts"
import { bulkEntityId } from "./entity-ids"

/**
 * Channels whose tickets carry only an address someone typed or mailed
 * from: a customer sees them once they proved the address (SPEC §6 "Email
 * ownership"), however the ticket got linked to their account.
 */
export const UNPROVEN_CHANNELS = ["email", "form"]

export type CabinetView = "active" | "archived" | "all"

export interface CabinetTicketRow {
  id: string
  number: string
  subject: string
  status: string
  channel: string
  order_id: string | null
  archived_at: Date | null
  customer_read_at: Date | null
  created_at: Date
  updated_at: Date
  /** When the request last moved: its latest message, else its opening. */
  activity_at: Date
  /** When support last wrote a message the customer sees. */
  last_agent_message_at: Date | null
}

/**
 * The tickets customer `customerId` may see, as SQL over ticket `t`: those
 * opened on their account through a channel that proves who wrote (the
 * cabinet, an agent on their behalf), and any ticket from an address they
 * proved. Never a ticket in the trash or one merged away.
 * `= any(array(…))`, not `in (select …)`: the addresses become a value the
 * planner can look up in the contact_email index beside the customer_id
 * one; as a subquery under OR it read all tickets (1M: 464 ms against 1 ms).
 */
function mineSql(alias = "t") {
  return `${alias}.deleted_at is null and ${alias}.merged_into_id is null and ${alias}.status <> 'deleted'
    and ((${alias}.customer_id = ? and ${alias}.channel not in (${UNPROVEN_CHANNELS.map(() => "?").join(", ")}))
      or ${alias}.contact_email = any(array(select e.email from helpdesk_customer_email e where e.customer_id = ? and e.deleted_at is null)))`
}
const mineValues = (customerId: string) => [customerId, ...UNPROVEN_CHANNELS, customerId]

const ROW = `t.id, t.number, t.subject, t.status, t.channel, t.order_id, t.archived_at, t.customer_read_at, t.created_at, t.updated_at,
  coalesce(t.last_message_at, t.created_at) as activity_at,
  (select max(m.created_at) from helpdesk_ticket_message m
   where m.ticket_id = t.id and m.deleted_at is null and m.kind = 'message' and m.author_type = 'agent') as last_agent_message_at`

/**
 * One page of a customer's tickets, latest activity first, after `cursor`
 * (the last row of the page before). A customer has few tickets, so
 * sorting them is cheap; the page is bounded by `limit`.
 */
export async function listCabinetTickets(
  manager: EntityManager,
  customerId: string,
  page: { view: CabinetView; limit: number; cursor?: { at: Date; id: string } | null }
): Promise<CabinetTicketRow[]> {
  const view = page.view === "active" ? "and t.archived_at is null" : page.view === "archived" ? "and t.archived_at is not null" : ""
  const after = page.cursor ? "and (coalesce(t.last_message_at, t.created_at), t.id) < (?, ?)" : ""
  return boundSql<CabinetTicketRow>(
    manager,
    `select ${ROW} from helpdesk_ticket t
     where ${mineSql()} ${view} ${after}
     order by coalesce(t.last_message_at, t.created_at) desc, t.id desc
     limit ?`,
    [...mineValues(customerId), ...(page.cursor ? [page.cursor.at, page.cursor.id] : []), page.limit]
  )
}

/** The ticket if the customer may see it, else null (the caller answers 404 either way it is missing). */
export async function findCabinetTicket(manager: EntityManager, customerId: string, ticketId: string): Promise<CabinetTicketRow | null> {
  const [row] = await boundSql<CabinetTicketRow>(
    manager,
    `select ${ROW} from helpdesk_ticket t where t.id = ? and ${mineSql()}`,
    [ticketId, ...mineValues(customerId)]
  )
  return row ?? null
}

/** Records that the customer proved `email` is theirs; proving it again changes nothing. */
export async function addCustomerEmail(manager: EntityManager, customerId: string, email: string): Promise<{ id: string; created: boolean }> {
  const address = normalizeEmail(email)
  const [inserted] = await boundSql<{ id: string }>(
    manager,
    `insert into helpdesk_customer_email (id, customer_id, email) values (?, ?, ?)
     on conflict (customer_id, email) where deleted_at is null do nothing
     returning id`,
    [bulkEntityId("hdce"), customerId, address]
  )
  if (inserted) return { id: inserted.id, created: true }
  const [existing] = await boundSql<{ id: string }>(
    manager,
    "select id from helpdesk_customer_email where customer_id = ? and email = ? and deleted_at is null",
    [customerId, address]
  )
  return { id: existing.id, created: false }
}
