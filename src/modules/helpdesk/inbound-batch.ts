import { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { boundSql } from "./bound-sql"
import { bulkEntityId } from "./entity-ids"
import { CreateTicketInput, InboundBatchInput, InboundBatchUndo, InboundTicketRef } from "./types"

/**
 * The SQL behind storing a batch of inbound mail: multi-row inserts and
 * `update … from (values …)`, a handful of statements per batch instead of
 * one per row. Mail ingest is the plugin's write hot path (see
 * bench/results/ingest.json).
 */

type Row = Record<string, unknown>

/** An inbound mail record's columns as written with the batch that stores its mail. */
export const INBOUND_RECORD_COLUMNS = [
  "id", "mailbox_id", "dedupe_key", "uid_validity", "uid", "message_id", "from_address", "subject",
  "sent_at", "size", "status", "reason", "auto", "raw_file_id", "ticket_id", "ticket_message_id",
]

const RECORD_CONFLICT = "on conflict (mailbox_id, dedupe_key) where deleted_at is null do nothing returning id"

const TIMESTAMP_COLUMNS = new Set(["closed_at", "archived_at", "last_message_at", "last_customer_message_at"])

export const refTicketId = (newIds: string[], ref: InboundTicketRef) =>
  "ticket_id" in ref ? ref.ticket_id : newIds[ref.new_ticket]

/**
 * Inserts rows, all in one JSON parameter that PostgreSQL reads into the
 * table's row type, so each value becomes its column's type (arrays, jsonb
 * and timestamps included); `created_at` is the clock, so rows written
 * together keep their order. A column in `expressions` is computed from the
 * row's value (`{}`, as text) instead, e.g. a tsvector from words; those
 * values travel in a second parameter. `tail` ends the statement (e.g.
 * `on conflict … returning id`).
 *
 * One parameter, not one per cell: a chunk of mail made tens of thousands of
 * them, which knex and pg handled one by one in JavaScript, and a VALUES list
 * that PostgreSQL parsed and planned row by row. The rows are read as one
 * record set: a json value is text, which every function reading it parses
 * again, so splitting the array and then reading each element parsed the
 * mail bodies twice.
 */
export async function insertRows(
  manager: EntityManager,
  table: string,
  columns: string[],
  rows: Row[],
  expressions: Record<string, string> = {},
  tail = ""
): Promise<Row[]> {
  if (!rows.length) return []
  const computed = columns.filter((c) => c in expressions)
  const stored = columns.filter((c) => !(c in expressions))
  const docs = rows.map((row) => Object.fromEntries(stored.map((c) => [c, row[c] ?? null])))
  const select = columns.map((c) => (c in expressions ? expressions[c].replace("{}", `(e.v->>${computed.indexOf(c)})`) : `r."${c}"`))
  const values = computed.length ? "join json_array_elements(?::json) with ordinality e(v, n) on e.n = r.ordinality" : ""
  return boundSql(
    manager,
    `insert into ${table} (${columns.map((c) => `"${c}"`).join(", ")}, created_at, updated_at)
     select ${select.join(", ")}, clock_timestamp(), clock_timestamp()
     from json_populate_recordset(null::${table}, ?::json) with ordinality r ${values}
     order by r.ordinality ${tail}`,
    [jsonForPostgres(docs), ...(computed.length ? [jsonForPostgres(rows.map((row) => computed.map((c) => row[c] ?? null)))] : [])]
  )
}

/**
 * JSON whose strings PostgreSQL can read as text: text cannot hold a NUL
 * character, which is dropped, nor half of a surrogate pair (JSON.stringify
 * escapes a lone one), which becomes U+FFFD, as bound text parameters get it.
 */
export function jsonForPostgres(value: unknown): string {
  const json = JSON.stringify(value)
  if (!json.includes("\\u")) return json
  return json.replace(/(?<!\\)((?:\\\\)*)\\u(0000|d[89a-f][0-9a-f]{2})/g, (_, slashes: string, code: string) =>
    code === "0000" ? slashes : `${slashes}\\ufffd`
  )
}

/**
 * Per-row updates, grouped by which columns change, one statement per group.
 * A cast is appended to the new value (`::jsonb`), or, holding `{}`, is the
 * expression to set with the new value in place of `{}`.
 */
export async function updateRows(manager: EntityManager, table: string, rows: Row[], casts: Row = {}) {
  const groups = new Map<string, Row[]>()
  for (const row of rows) {
    const key = Object.keys(row).filter((k) => k !== "id").sort().join(",")
    if (!key) continue
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  for (const [key, group] of groups) {
    const columns = key.split(",")
    const values: unknown[] = []
    const tuples = group.map((row) => {
      values.push(row.id, ...columns.map((c) => serialize(row[c])))
      return `(${["?", ...columns.map(() => "?")].join(", ")})`
    })
    const set = columns
      .map((c) => {
        const cast = (casts[c] as string | undefined) ?? ""
        return `"${c}" = ${cast.includes("{}") ? cast.replace("{}", `v."${c}"`) : `v."${c}"${cast}`}`
      })
      .join(", ")
    await boundSql(
      manager,
      `update ${table} t set ${set}, updated_at = now() from (values ${tuples.join(", ")}) v(id, ${columns
        .map((c) => `"${c}"`)
        .join(", ")}) where t.id = v.id`,
      values
    )
  }
}

function serialize(value: unknown) {
  return value instanceof Date ? value.toISOString() : value ?? null
}

async function selectColumns(manager: EntityManager, table: string, ids: string[], columns: string[]): Promise<Row[]> {
  if (!ids.length) return []
  return boundSql(
    manager,
    `select id, ${columns.map((c) => `"${c}"`).join(", ")} from ${table} where id in (${ids.map(() => "?").join(", ")})`,
    ids
  )
}

const ticketCasts = Object.fromEntries([...TIMESTAMP_COLUMNS].map((c) => [c, "::timestamptz"]))

const TICKET_INSERT_COLUMNS = [
  "id", "number", "subject", "status", "channel", "customer_id", "contact_email", "contact_name", "department_id",
  "assignee_id", "order_id", "language", "mailbox_id", "custom_fields", "metadata", "last_message_at", "last_customer_message_at",
]

/**
 * Inserts the batch's new tickets with numbers already picked; returns them in
 * order. Each carries its messages' words, which the insert trigger adds to
 * the document of the ticket's fields (bulk search mode).
 */
export async function insertTickets(
  manager: EntityManager,
  batch: InboundBatchInput,
  numbers: string[],
  defaults: { language: string }
): Promise<{ id: string; number: string; status: string }[]> {
  const words = batch.new_tickets.map(() => [] as string[])
  for (const m of batch.messages) {
    if ("new_ticket" in m.ref) words[m.ref.new_ticket].push(m.data.body_text ?? "")
  }
  const rows = batch.new_tickets.map((t: CreateTicketInput, i) => ({
    ...t,
    id: bulkEntityId("tkt"),
    number: numbers[i],
    status: t.status ?? "new",
    language: t.language ?? defaults.language,
    custom_fields: t.custom_fields ?? null,
    metadata: t.metadata ?? null,
    last_message_at: serialize(t.last_message_at),
    last_customer_message_at: serialize(t.last_customer_message_at),
    search_vector: words[i].join(" "),
  }))
  await insertRows(manager, "helpdesk_ticket", [...TICKET_INSERT_COLUMNS, "search_vector"], rows, {
    search_vector: "to_tsvector('simple', {})",
  })
  return rows.map((r) => ({ id: r.id, number: r.number, status: r.status }))
}

/** Writes everything after the tickets exist; returns what it changed. */
export async function writeInboundBatch(
  manager: EntityManager,
  batch: InboundBatchInput,
  newTicketIds: string[]
): Promise<{ message_ids: string[]; undo: Omit<InboundBatchUndo, "ticket_ids"> }> {
  const ticketId = (ref: InboundTicketRef) => refTicketId(newTicketIds, ref)

  const messageIds = batch.messages.map(() => bulkEntityId("tmsg"))
  await insertRows(
    manager,
    "helpdesk_ticket_message",
    ["id", "ticket_id", "kind", "author_type", "author_id", "author_email", "author_name", "body_text", "quoted_text", "body_html", "message_id", "in_reply_to", "references", "raw_file_id", "inbound_mail_id"],
    batch.messages.map((m, i) => ({
      ...m.data,
      id: messageIds[i],
      ticket_id: ticketId(m.ref),
      body_text: m.data.body_text ?? "",
      references: m.data.references?.length ? m.data.references : null,
    }))
  )
  // A touched ticket's document gets its new messages' words added (bulk
  // search mode): rebuilding it would read every message of the thread again.
  const touched = new Map(batch.ticket_updates.map((u) => [u.id, { ...u }]))
  const newWords = new Map<string, string[]>()
  for (const m of batch.messages) {
    if (!("ticket_id" in m.ref)) continue
    if (!touched.has(m.ref.ticket_id)) touched.set(m.ref.ticket_id, { id: m.ref.ticket_id })
    const words = newWords.get(m.ref.ticket_id) ?? []
    words.push(m.data.body_text ?? "")
    newWords.set(m.ref.ticket_id, words)
  }
  const ticketUpdates = [...touched.values()].map((u) => ({ ...u, search_vector: (newWords.get(u.id) ?? []).join(" ") }))
  const updateColumns = [...new Set(batch.ticket_updates.flatMap((u) => Object.keys(u)).filter((k) => k !== "id"))]
  const ticketBefore = await selectColumns(manager, "helpdesk_ticket", batch.ticket_updates.map((u) => u.id), updateColumns)
  await updateRows(manager, "helpdesk_ticket", ticketUpdates, {
    ...ticketCasts,
    // A document already marked for rebuilding (null) stays so: the trigger rebuilds it whole.
    search_vector: "case when t.search_vector is null then null else t.search_vector || to_tsvector('simple', {}) end",
  })

  await insertRows(
    manager,
    "helpdesk_ticket_attachment",
    ["id", "message_id", "file_id", "filename", "content_type", "size", "content_id", "inline"],
    batch.messages.flatMap((m, i) =>
      m.attachments.map((a) => ({ ...a, id: bulkEntityId("tatt"), message_id: messageIds[i] }))
    )
  )
  await insertRows(
    manager,
    "helpdesk_ticket_event",
    ["id", "ticket_id", "type", "actor_type", "data"],
    batch.events.map((e) => ({
      id: bulkEntityId("tevt"),
      ticket_id: ticketId(e.ref),
      type: e.type,
      actor_type: e.actor_type,
      data: e.data ?? {},
    }))
  )

  // A bounce of our own mail: the message and the outbound mail it went as
  // are failed, with the report's reason, so Resend (which requeues failed
  // outbound mail) works on it.
  const errors = batch.failed_message_errors ?? {}
  const messagesBefore = (await selectColumns(manager, "helpdesk_ticket_message", batch.failed_message_ids, ["delivery_status", "delivery_error"])) as InboundBatchUndo["messages_before"]
  await updateRows(
    manager,
    "helpdesk_ticket_message",
    batch.failed_message_ids.map((id) => (errors[id] ? { id, delivery_status: "failed", delivery_error: errors[id] } : { id, delivery_status: "failed" }))
  )
  const sentMails = batch.failed_message_ids.length
    ? await boundSql<{ id: string; status: string; last_error: string | null; ticket_message_id: string }>(
        manager,
        `select id, status, last_error, ticket_message_id from helpdesk_outbound_mail
         where ticket_message_id in (${batch.failed_message_ids.map(() => "?").join(", ")}) and status = 'sent' and deleted_at is null`,
        batch.failed_message_ids
      )
    : []
  const outboundBefore = sentMails.map(({ id, status, last_error }) => ({ id, status, last_error }))
  await updateRows(
    manager,
    "helpdesk_outbound_mail",
    sentMails.map((o) => ({ id: o.id, status: "failed", last_error: errors[o.ticket_message_id] ?? o.last_error }))
  )

  // Each mail's record, with what became of the mail. Records new to this
  // batch are written here, in the same transaction as their messages, so a
  // crash leaves neither; the unique (mailbox, key) stops a second writer.
  const outcome = (r: InboundBatchInput["records"][number]) => ({
    status: r.status,
    reason: r.reason,
    ticket_id: r.ref ? ticketId(r.ref) : null,
    ticket_message_id: r.existing_message_id ?? (r.message_index === null ? null : messageIds[r.message_index]),
  })
  const fresh = new Map((batch.new_records ?? []).map((r) => [r.id, r]))
  const inserts = batch.records.filter((r) => fresh.has(r.id)).map((r) => ({ ...fresh.get(r.id), ...outcome(r) }))
  const written = await insertRows(manager, "helpdesk_inbound_mail", INBOUND_RECORD_COLUMNS, inserts, {}, RECORD_CONFLICT)
  if (written.length < inserts.length) {
    throw new Error("another collection run recorded some of these mails first; that run stores them")
  }
  const updates = batch.records.filter((r) => !fresh.has(r.id))
  const recordsBefore = (await selectColumns(manager, "helpdesk_inbound_mail", updates.map((r) => r.id), ["status", "reason", "ticket_id", "ticket_message_id"])) as InboundBatchUndo["records_before"]
  await updateRows(manager, "helpdesk_inbound_mail", updates.map((r) => ({ id: r.id, ...outcome(r) })))
  return {
    message_ids: messageIds,
    undo: {
      message_ids: messageIds,
      ticket_before: ticketBefore as InboundBatchUndo["ticket_before"],
      messages_before: messagesBefore,
      outbound_before: outboundBefore,
      records_before: recordsBefore,
      record_ids: inserts.map((r) => r.id as string),
    },
  }
}

/** Takes a stored batch back: what it created goes, what it changed returns to how it was. */
export async function undoInboundBatch(manager: EntityManager, undo: InboundBatchUndo) {
  const ids = (list: string[]) => list.map(() => "?").join(", ")
  if (undo.message_ids.length) {
    await manager.execute(`delete from helpdesk_ticket_message where id in (${ids(undo.message_ids)})`, undo.message_ids)
  }
  if (undo.record_ids.length) {
    await manager.execute(`delete from helpdesk_inbound_mail where id in (${ids(undo.record_ids)})`, undo.record_ids)
  }
  if (undo.ticket_ids.length) {
    await manager.execute(`delete from helpdesk_ticket where id in (${ids(undo.ticket_ids)})`, undo.ticket_ids)
  }
  await updateRows(manager, "helpdesk_ticket", undo.ticket_before, ticketCasts)
  await updateRows(manager, "helpdesk_ticket_message", undo.messages_before)
  await updateRows(manager, "helpdesk_outbound_mail", undo.outbound_before ?? [])
  await updateRows(manager, "helpdesk_inbound_mail", undo.records_before)
}
