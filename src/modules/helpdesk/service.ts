import { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  Department,
  DepartmentMember,
  Ticket,
  TicketAction,
  TicketAttachment,
  TicketEvent,
  TicketMessage,
  TicketStatus,
  Setting,
  TicketWatcher,
  CustomerNote,
  CannedReply,
  TicketRead,
  SavedView,
  Mailbox,
  InboundMail,
  OutboundMail,
  CustomerEmail,
  Contact,
  NotificationPreference,
  SendCounter,
  Form,
  FormSubmission,
  AuditEntry,
  AgentPreference,
} from "./models"
import { HelpdeskOptions, parseHelpdeskOptions } from "./options"
import { pickFreeTicketNumbers, TicketNumberSource } from "./ticket-numbers"
import {
  decodeCursor,
  encodeCursor,
  LIST_COUNT_CAP,
  SEARCH_MATCH_CAP,
  TicketListFilters,
  TicketSort,
  ticketWhere,
  toPrefixTsQuery,
} from "./search"
import {
  DEFAULT_TICKET_ACTIONS,
  DEFAULT_TICKET_STATUSES,
  TicketActionDefinition,
  TicketStatusDefinition,
} from "./ticket-workflow"
import {
  CreateTicketInput,
  InboundBatchInput,
  InboundBatchResult,
  InboundBatchUndo,
  InboundMailRecord,
} from "./types"
import { boundSql } from "./bound-sql"
import { addCustomerEmail, CabinetTicketRow, CabinetView, findCabinetTicket, listCabinetTickets } from "./cabinet"
import { bumpAccessVersion, ContactInput, ContactRow, normalizeEmail, unbumpAccessVersion, upsertContacts } from "./contacts"
import { insertTickets, undoInboundBatch, writeInboundBatch } from "./inbound-batch"
import { FormSubmissionInput, StoredFormSubmissions, writeFormSubmissions } from "./form-submissions"
import {
  claimDueOutboundMails,
  OutboundMailRow,
  OutboundResult,
  pruneSendCounters,
  recordOutboundResults,
  releaseOutboundClaims,
  requeueFailedOutboundMails,
  takeSendAllowance,
} from "./outbox"

/** The columns a ticket list row carries. */
export const TICKET_LIST_COLUMNS = [
  "id",
  "number",
  "subject",
  "status",
  "channel",
  "contact_email",
  "contact_name",
  "customer_id",
  "order_id",
  "department_id",
  "assignee_id",
  "claimed_by_id",
  "claim_expires_at",
  "merged_into_id",
  "language",
  "last_message_at",
  "last_customer_message_at",
  "customer_read_at",
  "closed_at",
  "archived_at",
  "created_at",
  "updated_at",
] as const

export interface HelpdeskSettings {
  /** Admin user ids who see and manage everything; empty means every agent. */
  supervisor_user_ids: string[]
  /** Replies to tickets that did not come by mail go out from this mailbox (SPEC §6 "Outgoing mail"). */
  default_mailbox_id: string | null
}

export const DEFAULT_SETTINGS: HelpdeskSettings = { supervisor_user_ids: [], default_mailbox_id: null }

export interface AgentScope {
  user_id: string
  supervisor: boolean
  department_ids: string[]
}

export interface TicketWorkflowDefinition {
  statuses: TicketStatusDefinition[]
  actions: TicketActionDefinition[]
}

/** What the import reads back of an inbound mail record. */
const INBOUND_RECORD_FIELDS = "id, mailbox_id, dedupe_key, status, reason, ticket_id, ticket_message_id, raw_file_id, attempts"

/** A concurrent insert can take a number between our check and our insert. */
const MAX_NUMBERING_ATTEMPTS = 12

class HelpdeskModuleService extends MedusaService({
  Ticket,
  TicketMessage,
  TicketAttachment,
  TicketEvent,
  Department,
  DepartmentMember,
  TicketStatus,
  TicketAction,
  Setting,
  TicketWatcher,
  CustomerNote,
  CannedReply,
  TicketRead,
  SavedView,
  Mailbox,
  InboundMail,
  OutboundMail,
  Contact,
  NotificationPreference,
  SendCounter,
  CustomerEmail,
  Form,
  FormSubmission,
  AuditEntry,
  AgentPreference,
}) {
  protected readonly options_: HelpdeskOptions

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseHelpdeskOptions(options)
  }

  getOptions(): HelpdeskOptions {
    return this.options_
  }

  /** The key that encrypts mailbox passwords, or undefined when none is configured. */
  getSecretKey(): string | undefined {
    return this.options_.secretKey ?? process.env.HELPDESK_SECRET ?? undefined
  }

  /**
   * Creates tickets, each with a free random public number. Numbers are
   * checked before the insert and the unique index settles races: a lost race
   * retries with fresh numbers, a full number space fails at once.
   */
  async createNumberedTickets(
    data: CreateTicketInput[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    // Inside a caller's transaction a failed insert aborts it, so no retry.
    const attempts = sharedContext.transactionManager ? 1 : MAX_NUMBERING_ATTEMPTS
    for (let attempt = 1; ; attempt++) {
      const numbers = await this.pickTicketNumbers_(data.length, sharedContext)
      try {
        return await this.createTickets(
          data.map((ticket, i) => ({
            language: this.options_.defaultLanguage,
            ...ticket,
            number: numbers[i],
          })),
          sharedContext
        )
      } catch (error) {
        if (attempt >= attempts || !isTicketNumberConflict(error)) {
          throw error
        }
      }
    }
  }

  /** Leases this process holds, mailbox id → token: given back when the application shuts down. */
  private readonly heldMailboxLeases_ = new Map<string, string>()

  /**
   * A stopping process (SIGTERM, Medusa's shutdown) gives its mailboxes back
   * at once rather than letting their leases run out; a run still going
   * then finds its checkpoint refused, and the next run goes on from there.
   */
  __hooks = {
    onApplicationPrepareShutdown: async () => {
      const held = [...this.heldMailboxLeases_]
      await Promise.all(held.map(([mailboxId, token]) => this.releaseMailboxLease(mailboxId, token).catch(() => undefined)))
    },
  }

  /**
   * Takes the mailbox for one collection run unless a live lease of another
   * run holds it. One UPDATE decides, so two processes on one database never
   * both win; a crashed run's lease simply runs out (the run renews its short
   * lease while it lives).
   */
  @InjectManager()
  async claimMailboxLease(
    mailboxId: string,
    token: string,
    leaseMs: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<boolean> {
    const rows = await sharedContext.manager!.execute(
      `update helpdesk_mailbox set lease_token = ?, lease_expires_at = now() + (? * interval '1 millisecond')
       where id = ? and deleted_at is null
         and (lease_token is null or lease_expires_at < now() or lease_token = ?)
       returning id`,
      [token, leaseMs, mailboxId, token]
    )
    if (rows.length === 1) this.heldMailboxLeases_.set(mailboxId, token)
    return rows.length === 1
  }

  /** Extends a run's lease by `leaseMs` from now; false when another run has taken the mailbox over. */
  @InjectManager()
  async renewMailboxLease(
    mailboxId: string,
    token: string,
    leaseMs: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<boolean> {
    const rows = await sharedContext.manager!.execute(
      `update helpdesk_mailbox set lease_expires_at = now() + (? * interval '1 millisecond')
       where id = ? and lease_token = ? and deleted_at is null
       returning id`,
      [leaseMs, mailboxId, token]
    )
    if (rows.length !== 1 && this.heldMailboxLeases_.get(mailboxId) === token) this.heldMailboxLeases_.delete(mailboxId)
    return rows.length === 1
  }

  /**
   * Moves a mailbox's checkpoint past a stored chunk and renews the run's
   * lease, in one statement. False when another run has taken the mailbox
   * over: then this run must stop, and the checkpoint is the other run's.
   */
  @InjectManager()
  async advanceMailboxCheckpoint(
    mailboxId: string,
    token: string,
    progress: { checkpoint: { uid_validity: string; last_uid: number }; imported_count: number },
    leaseMs: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<boolean> {
    const rows = await boundSql(
      sharedContext.manager!,
      `update helpdesk_mailbox set checkpoint = ?::jsonb, imported_count = ?,
         lease_expires_at = now() + (? * interval '1 millisecond'), updated_at = now()
       where id = ? and lease_token = ? and deleted_at is null
       returning id`,
      [JSON.stringify(progress.checkpoint), progress.imported_count, leaseMs, mailboxId, token]
    )
    return rows.length === 1
  }

  /**
   * Rows of tickets, messages or mailboxes whose `column` is one of `values`,
   * with only `fields`: the reads behind planning a mail batch, in plain SQL
   * because they run for every batch.
   */
  @InjectManager()
  async listRowsForInbound<T = Record<string, unknown>>(
    table: "ticket" | "ticket_message" | "mailbox",
    column: "id" | "number" | "message_id" | "inbound_mail_id",
    values: string[],
    fields: readonly string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<T[]> {
    if (!values.length) {
      return []
    }
    return boundSql<T>(
      sharedContext.manager!,
      `select ${fields.map((f) => `"${f}"`).join(", ")} from helpdesk_${table}
       where deleted_at is null and "${column}" in (${values.map(() => "?").join(", ")})`,
      values
    )
  }

  /** Ends a run's lease; a lease another run took over in the meantime is left alone. */
  @InjectManager()
  async releaseMailboxLease(
    mailboxId: string,
    token: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    if (this.heldMailboxLeases_.get(mailboxId) === token) this.heldMailboxLeases_.delete(mailboxId)
    await sharedContext.manager!.execute(
      `update helpdesk_mailbox set lease_token = null, lease_expires_at = null where id = ? and lease_token = ?`,
      [mailboxId, token]
    )
  }

  /**
   * Writes a mailbox's template overrides exactly as given (with any legacy
   * template columns in `changes`). A plain update merges a JSON value into
   * the stored one (MikroORM's mergeObjectProperties), which would keep an
   * override that was removed, so the column is cleared first, in the same
   * transaction.
   */
  @InjectTransactionManager()
  async replaceMailboxTemplates(
    id: string,
    changes: { templates: Record<string, unknown> | null } & Record<string, unknown>,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    await this.updateMailboxes({ id, templates: null }, sharedContext)
    await this.updateMailboxes({ ...changes, id }, sharedContext)
  }

  @InjectManager()
  async findInboundMailsByKey(
    keys: { mailbox_id: string; dedupe_key: string }[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<InboundMailRecord[]> {
    if (!keys.length) {
      return []
    }
    const byMailbox = new Map<string, string[]>()
    for (const k of keys) {
      const list = byMailbox.get(k.mailbox_id) ?? []
      list.push(k.dedupe_key)
      byMailbox.set(k.mailbox_id, list)
    }
    // One mailbox and a list of keys, not a list of (mailbox, key) pairs: PostgreSQL plans the pairs several times slower.
    const groups = [...byMailbox].map(([, list]) => `(mailbox_id = ? and dedupe_key in (${list.map(() => "?").join(", ")}))`)
    return boundSql<InboundMailRecord>(
      sharedContext.manager!,
      `select ${INBOUND_RECORD_FIELDS} from helpdesk_inbound_mail where deleted_at is null and (${groups.join(" or ")})`,
      [...byMailbox].flatMap(([mailbox, list]) => [mailbox, ...list])
    )
  }

  /**
   * Stores a planned batch of inbound mail in one transaction: its new
   * tickets, the ticket changes, messages, attachments, history, bounced
   * deliveries and what became of each mail. All of it or none.
   */
  @InjectTransactionManager()
  async storeInboundBatch(
    batch: InboundBatchInput,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<InboundBatchResult> {
    const manager = sharedContext.transactionManager!
    // A number taken between the pick and the insert fails the batch, which the
    // collector then stores mail by mail; with random numbers that is rare.
    const numbers = batch.new_tickets.length ? await this.pickTicketNumbers_(batch.new_tickets.length, sharedContext) : []
    // The batch keeps search documents itself, writing each ticket row once (see inbound-batch.ts).
    await manager.execute("set local helpdesk.bulk_search = 'on'")
    const tickets = await insertTickets(manager, batch, numbers, { language: this.options_.defaultLanguage })
    const ticketIds = tickets.map((t) => t.id)
    const written = await writeInboundBatch(sharedContext.transactionManager!, batch, ticketIds)
    return {
      tickets,
      message_ids: written.message_ids,
      undo: { ...written.undo, ticket_ids: ticketIds },
    }
  }

  /**
   * Stores checked form submissions and their tickets in one transaction (see
   * form-submissions.ts); a submission whose idempotency key was taken first gets none.
   */
  @InjectTransactionManager()
  async storeFormSubmissions(
    inputs: FormSubmissionInput[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<StoredFormSubmissions> {
    const manager = sharedContext.transactionManager!
    const numbers = await this.pickTicketNumbers_(inputs.length, sharedContext)
    await manager.execute("set local helpdesk.bulk_search = 'on'")
    return writeFormSubmissions(manager, inputs, numbers, { language: this.options_.defaultLanguage })
  }

  /** Takes stored form submissions back (a later step of their workflow failed): their tickets go, their keys are free again. */
  @InjectTransactionManager()
  async undoFormSubmissions(
    undo: StoredFormSubmissions["undo"],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager!
    await undoInboundBatch(manager, undo)
    if (undo.submission_ids.length) {
      await manager.execute(
        `delete from helpdesk_form_submission where id in (${undo.submission_ids.map(() => "?").join(", ")})`,
        undo.submission_ids
      )
    }
  }

  @InjectTransactionManager()
  async undoInboundBatch(
    undo: InboundBatchUndo,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    await undoInboundBatch(sharedContext.transactionManager!, undo)
  }

  /** Messages one sender had imported into a mailbox since a time: the loop guard's count. */
  @InjectManager()
  async countRecentInboundBySender(
    mailboxId: string,
    addresses: string[],
    since: Date,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Map<string, number>> {
    if (!addresses.length) {
      return new Map()
    }
    const rows: { from_address: string; count: number }[] = await sharedContext.manager!.execute(
      `select from_address, count(*)::int as count from helpdesk_inbound_mail
       where mailbox_id = ? and deleted_at is null and status = 'imported' and created_at >= ?
         and from_address in (${addresses.map(() => "?").join(", ")})
       group by from_address`,
      [mailboxId, since, ...addresses]
    )
    return new Map(rows.map((r) => [r.from_address, r.count]))
  }

  /** How many mails of each mailbox are in a status, e.g. failed ones for the mailbox's health. */
  @InjectManager()
  async countInboundByStatus(
    mailboxIds: string[],
    status: InboundMailRecord["status"],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Map<string, number>> {
    if (!mailboxIds.length) {
      return new Map()
    }
    const rows: { mailbox_id: string; count: number }[] = await sharedContext.manager!.execute(
      `select mailbox_id, count(*)::int as count from helpdesk_inbound_mail
       where deleted_at is null and status = ? and mailbox_id in (${mailboxIds.map(() => "?").join(", ")})
       group by mailbox_id`,
      [status, ...mailboxIds]
    )
    return new Map(rows.map((r) => [r.mailbox_id, r.count]))
  }

  /**
   * Addresses that already have a ticket past anti-spam (accepted,
   * confirmed, or opened by an agent): SPEC §6 "Known sender".
   */
  @InjectManager()
  async findKnownSenders(
    addresses: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Set<string>> {
    if (!addresses.length) {
      return new Set()
    }
    const rows: { contact_email: string }[] = await sharedContext.manager!.execute(
      `select distinct contact_email from helpdesk_ticket
       where deleted_at is null and status not in ('pending_confirmation', 'deleted')
         and contact_email in (${addresses.map(() => "?").join(", ")})`,
      addresses
    )
    return new Set(rows.map((r) => r.contact_email))
  }

  /** Makes the contacts that do not exist yet (by lower-cased email); keeps what is known of the others. */
  @InjectTransactionManager()
  async upsertContacts(
    data: ContactInput[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ContactRow[]> {
    return upsertContacts(sharedContext.transactionManager!, data)
  }

  /** The contact of an address, or null. */
  @InjectManager()
  async findContactByEmail(
    email: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ContactRow | null> {
    const [row] = await boundSql<ContactRow>(
      sharedContext.manager!,
      "select id, email, name, language, access_version from helpdesk_contact where email = ? and deleted_at is null",
      [normalizeEmail(email)]
    )
    return row ?? null
  }

  /** Revokes every guest link of the address made so far; answers the contact with its new version. */
  @InjectTransactionManager()
  async revokeGuestLinks(
    email: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ContactRow> {
    return bumpAccessVersion(sharedContext.transactionManager!, email)
  }

  /** Compensation of revokeGuestLinks: `version` is the one it answered. */
  @InjectTransactionManager()
  async restoreGuestLinks(
    contactId: string,
    version: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    await unbumpAccessVersion(sharedContext.transactionManager!, contactId, version)
  }

  /**
   * The statuses and actions tickets move by, in display order. The defaults
   * are written the first time they are asked for, so stores get them without
   * a seed step and later edits are kept.
   */
  @InjectManager()
  async getTicketWorkflow(
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<TicketWorkflowDefinition> {
    // Plain SQL: every ticket action and every mail batch reads this, and the ORM's hydration cost more than the query.
    const manager = sharedContext.manager!
    const load = async (): Promise<TicketWorkflowDefinition> => {
      const [statuses, actions] = await Promise.all([
        boundSql<TicketStatusDefinition>(
          manager,
          "select id, label, color, is_open, position, created_at, updated_at from helpdesk_ticket_status where deleted_at is null order by position, id"
        ),
        boundSql<TicketActionDefinition>(
          manager,
          "select id, label, actor_types, transitions, assigns_actor, position, created_at, updated_at from helpdesk_ticket_action where deleted_at is null order by position, id"
        ),
      ])
      return { statuses, actions }
    }
    const workflow = await load()
    if (workflow.statuses.length && workflow.actions.length) {
      return workflow
    }
    await this.seedDefaults_(!workflow.statuses.length, !workflow.actions.length)
    return load()
  }

  /** Settings by key, with defaults for the ones never saved. */
  @InjectManager()
  async getSettings(
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<HelpdeskSettings> {
    const rows = await this.listSettings({}, {}, sharedContext)
    const saved = Object.fromEntries(rows.map((row) => [row.id, row.value]))
    return { ...DEFAULT_SETTINGS, ...saved } as HelpdeskSettings
  }

  /**
   * Who the agent is to the helpdesk: supervisors see every ticket (everyone
   * is one while no supervisor is named); others see their departments'
   * tickets, tickets assigned to them and tickets of no department.
   */
  @InjectManager()
  async getAgentScope(
    userId: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<AgentScope> {
    const [settings, memberships] = await Promise.all([
      this.getSettings(sharedContext),
      this.listDepartmentMembers({ user_id: userId }, { select: ["department_id"] }, sharedContext),
    ])
    const supervisors = settings.supervisor_user_ids
    return {
      user_id: userId,
      supervisor: supervisors.length === 0 || supervisors.includes(userId),
      department_ids: memberships.map((m) => (m as any).department_id as string),
    }
  }

  /**
   * One page of the ticket list, in SQL shaped for the indexes: filters and
   * visibility in one WHERE, keyset paging by (sort column, id) when a cursor
   * is given (any depth costs the same), and a count that stops at
   * LIST_COUNT_CAP instead of counting every row.
   */
  @InjectManager()
  async listTicketIds(
    filters: TicketListFilters,
    scope: AgentScope,
    page: { sort: TicketSort; limit: number; offset?: number; cursor?: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ ids: string[]; count: number; count_is_estimate: boolean; next_cursor: string | null }> {
    const manager = sharedContext.manager!
    const descending = page.sort.startsWith("-")
    const column = page.sort.replace(/^-/, "")
    const where = ticketWhere(filters, scope)
    const after = page.cursor ? decodeCursor(page.cursor) : null
    if (page.cursor && !after) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The cursor is not one this list gave out.")
    }
    const keyset = after ? ` and (t.${column}, t.id) ${descending ? "<" : ">"} (?, ?)` : ""
    const direction = descending ? "desc" : "asc"
    const [rows, [{ count }]] = await Promise.all([
      manager.execute(
        `select t.id, t.${column} as sort_value from helpdesk_ticket t where ${where.sql}${keyset}
         order by t.${column} ${direction}, t.id ${direction} limit ? offset ?`,
        [...where.bindings, ...(after ? [after.value, after.id] : []), page.limit, after ? 0 : page.offset ?? 0]
      ),
      manager.execute(
        `select count(*)::int as count from (select 1 from helpdesk_ticket t where ${where.sql} limit ${LIST_COUNT_CAP + 1}) c`,
        where.bindings
      ),
    ])
    const last = rows[rows.length - 1]
    return {
      ids: rows.map((r: { id: string }) => r.id),
      count: Math.min(count, LIST_COUNT_CAP),
      count_is_estimate: count > LIST_COUNT_CAP,
      next_cursor: rows.length === page.limit && last ? encodeCursor(last.sort_value, last.id) : null,
    }
  }

  /**
   * The list's columns for these tickets, in their order, with `unread` for
   * this agent, in one query: the list's hot path skips the ORM graph.
   */
  @InjectManager()
  async listTicketRows(
    ids: string[],
    userId: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Record<string, unknown>[]> {
    if (!ids.length) {
      return []
    }
    const rows: Record<string, unknown>[] = await sharedContext.manager!.execute(
      `select ${TICKET_LIST_COLUMNS.map((c) => `t.${c}`).join(", ")},
         (t.last_customer_message_at is not null
           and (r.read_at is null or r.read_at < t.last_customer_message_at)) as unread
       from helpdesk_ticket t
       left join helpdesk_ticket_read r on r.ticket_id = t.id and r.user_id = ? and r.deleted_at is null
       where t.id in (${ids.map(() => "?").join(", ")})`,
      [userId, ...ids]
    )
    const byId = new Map(rows.map((row) => [row.id as string, row]))
    return ids.map((id) => byId.get(id)).filter((row): row is Record<string, unknown> => !!row)
  }

  /**
   * Full-text search over each ticket's search document, newest activity
   * first. A rare word is found through the GIN index and its few matches
   * sorted; a common one (more than SEARCH_MATCH_CAP matches) is paged by a
   * newest-first scan that stops as soon as the page is full, so neither
   * sorts every match. The count is exact up to the cap, then an estimate.
   */
  @InjectManager()
  async searchTicketIds(
    text: string,
    filters: TicketListFilters,
    scope: AgentScope,
    page: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ ids: string[]; count: number; count_is_estimate: boolean }> {
    const tsquery = toPrefixTsQuery(text)
    if (!tsquery) {
      return { ids: [], count: 0, count_is_estimate: false }
    }
    const { sql, bindings } = ticketWhere(filters, scope, tsquery)
    const manager = sharedContext.manager!
    const [first]: { total: number; ids: string[] }[] = await manager.execute(
      `with m as materialized (
         select t.id, t.updated_at from helpdesk_ticket t where ${sql} limit ${SEARCH_MATCH_CAP + 1}
       )
       select (select count(*) from m)::int as total,
              coalesce((select json_agg(p.id) from (
                select id from m order by updated_at desc, id desc limit ? offset ?
              ) p), '[]'::json) as ids`,
      [...bindings, page.limit, page.offset]
    )
    if (first.total <= SEARCH_MATCH_CAP) {
      return { ids: first.ids, count: first.total, count_is_estimate: false }
    }
    const scanned = await manager.transactional(async (tx) => {
      // Walk the updated_at index newest first and test each ticket; the
      // planner would otherwise collect and sort every match.
      await tx.execute("set local enable_bitmapscan = off")
      return tx.execute(
        `select t.id from helpdesk_ticket t where ${sql}
         order by t.updated_at desc, t.id desc limit ? offset ?`,
        [...bindings, page.limit, page.offset]
      )
    })
    return {
      ids: scanned.map((r: { id: string }) => r.id),
      count: Math.max(first.total, page.offset + scanned.length),
      count_is_estimate: true,
    }
  }

  /** One page of the tickets a customer may see in "My requests" (cabinet.ts says which). */
  @InjectManager()
  async listCabinetTickets(
    customerId: string,
    page: { view: CabinetView; limit: number; cursor?: { at: Date; id: string } | null },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<CabinetTicketRow[]> {
    return listCabinetTickets(sharedContext.manager!, customerId, page)
  }

  /** The ticket if the customer may see it, else null. */
  @InjectManager()
  async findCabinetTicket(
    customerId: string,
    ticketId: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<CabinetTicketRow | null> {
    return findCabinetTicket(sharedContext.manager!, customerId, ticketId)
  }

  /** Records an address the customer proved is theirs; `created` is false when it was already. */
  @InjectTransactionManager()
  async addCustomerEmail(
    customerId: string,
    email: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ id: string; created: boolean }> {
    return addCustomerEmail(sharedContext.transactionManager!, customerId, email)
  }

  /** Claims due outgoing mail for one sender (outbox.ts says how). */
  @InjectTransactionManager()
  async claimOutboundMails(
    claim: { token: string; claimMs: number; limit: number; ids?: string[] },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<OutboundMailRow[]> {
    return claimDueOutboundMails(sharedContext.transactionManager!, claim)
  }

  @InjectTransactionManager()
  async recordOutboundResults(
    token: string,
    results: OutboundResult[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    return recordOutboundResults(sharedContext.transactionManager!, token, results)
  }

  @InjectTransactionManager()
  async releaseOutboundClaims(
    token: string,
    ids: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    await releaseOutboundClaims(sharedContext.transactionManager!, token, ids)
  }

  @InjectTransactionManager()
  async requeueFailedOutboundMails(
    ids: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    return requeueFailedOutboundMails(sharedContext.transactionManager!, ids)
  }

  /** Whether one more automatic mail under `key` fits `limit` per window; counts it if so. */
  @InjectManager()
  async takeSendAllowance(
    key: string,
    windowEndsAt: Date,
    limit: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<boolean> {
    return takeSendAllowance(sharedContext.manager!, key, windowEndsAt, limit)
  }

  @InjectManager()
  async pruneSendCounters(@MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await pruneSendCounters(sharedContext.manager!)
  }

  /**
   * The generated methods are named `...TicketStatuses` at run time, while the
   * service's types spell them `...TicketStatus`; this names the real ones.
   */
  protected statusRows_() {
    return this as unknown as {
      listTicketStatuses: HelpdeskModuleService["listTicketStatus"]
      createTicketStatuses: (data: TicketStatusDefinition[]) => Promise<unknown>
    }
  }

  protected async seedDefaults_(statuses: boolean, actions: boolean) {
    // Each table on its own: a race lost on the statuses must not skip the actions.
    if (statuses) await this.seedIgnoringRace_(() => this.statusRows_().createTicketStatuses(DEFAULT_TICKET_STATUSES))
    if (actions) await this.seedIgnoringRace_(() => this.createTicketActions(DEFAULT_TICKET_ACTIONS))
  }

  protected async seedIgnoringRace_(seed: () => Promise<unknown>) {
    try {
      await seed()
    } catch (error) {
      // Another request or process seeded at the same moment; its rows are as good as ours.
      if ((error as { type?: string }).type !== MedusaError.Types.INVALID_DATA) {
        throw error
      }
    }
  }

  @InjectManager()
  protected async pickTicketNumbers_(
    count: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    const manager = sharedContext.manager!
    const source: TicketNumberSource = {
      // Raw SQL on purpose: soft-deleted tickets keep their numbers too.
      taken: async (candidates) => {
        const rows = await manager.execute(
          `select number from helpdesk_ticket where number in (${candidates.map(() => "?").join(", ")})`,
          candidates
        )
        return rows.map((row: { number: string }) => row.number)
      },
      countTaken: async (digits) => {
        const [row] = await manager.execute(
          `select count(*)::int as count from helpdesk_ticket where char_length(number) = ? and number ~ '^[0-9]+$'`,
          [digits]
        )
        return row.count
      },
      freeAtRandom: async (min, max, limit) => {
        const rows = await manager.execute(
          `select n::text as number from generate_series(?::bigint, ?::bigint) n
           where not exists (select 1 from helpdesk_ticket t where t.number = n::text)
           order by random() limit ?`,
          [min, max, limit]
        )
        return rows.map((row: { number: string }) => row.number)
      },
    }
    return pickFreeTicketNumbers(count, this.options_.ticketNumberDigits, source)
  }
}

function isTicketNumberConflict(error: unknown): boolean {
  const e = error as { code?: string; type?: string; message?: string }
  if (e?.code === "23505") {
    return /number/.test(e.message ?? "")
  }
  return (
    e?.type === MedusaError.Types.INVALID_DATA &&
    /with number: .*already exists/.test(e.message ?? "")
  )
}

export default HelpdeskModuleService
