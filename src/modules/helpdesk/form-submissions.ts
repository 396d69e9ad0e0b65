import { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { bulkEntityId } from "./entity-ids"
import { insertRows, insertTickets, updateRows, writeInboundBatch } from "./inbound-batch"
import { CreateTicketInput, InboundBatchAttachment, InboundBatchInput, InboundBatchUndo } from "./types"

export interface FormSubmissionInput {
  form_id: string
  idempotency_key: string
  ticket: CreateTicketInput
  message: { body_text: string; author_email: string | null; author_name: string | null; attachments: Omit<InboundBatchAttachment, "inline" | "content_id">[] }
}

export interface StoredFormSubmissions {
  /** Per submission, in order: its new ticket, or null when its idempotency key was taken. */
  tickets: ({ id: string; number: string; status: string } | null)[]
  undo: InboundBatchUndo & { submission_ids: string[] }
}

/**
 * Writes form submissions in the caller's transaction, with the bulk
 * writers mail import uses (a statement per table, not an ORM round trip per
 * row): the submissions under their idempotency keys first — a key taken, by
 * a concurrent request or an earlier one, or twice in the batch, gets no
 * ticket — then the tickets, their first messages with the files, the
 * "created" lines of history, and each submission pointed at its ticket.
 */
export async function writeFormSubmissions(
  manager: EntityManager,
  inputs: FormSubmissionInput[],
  numbers: string[],
  defaults: { language: string }
): Promise<StoredFormSubmissions> {
  const submissionIds = inputs.map(() => bulkEntityId("hdfsub"))
  const claimed = await insertRows(
    manager,
    "helpdesk_form_submission",
    ["id", "form_id", "idempotency_key"],
    inputs.map((input, i) => ({ id: submissionIds[i], form_id: input.form_id, idempotency_key: input.idempotency_key })),
    {},
    "on conflict (form_id, idempotency_key) where deleted_at is null do nothing returning id"
  )
  const claimedIds = new Set(claimed.map((row) => row.id as string))
  const kept = inputs.flatMap((input, i) => (claimedIds.has(submissionIds[i]) ? [{ input, at: i }] : []))
  const tickets: StoredFormSubmissions["tickets"] = inputs.map(() => null)
  if (!kept.length) return { tickets, undo: { ...emptyUndo(), submission_ids: [] } }

  const batch: InboundBatchInput = {
    new_tickets: kept.map(({ input }) => input.ticket),
    ticket_updates: [],
    messages: kept.map(({ input }, j) => ({
      ref: { new_ticket: j },
      data: { kind: "message", author_type: "customer", author_email: input.message.author_email, author_name: input.message.author_name, body_text: input.message.body_text },
      attachments: input.message.attachments.map((a) => ({ ...a, inline: false, content_id: null })),
    })),
    events: kept.map(({ input }, j) => ({
      ref: { new_ticket: j },
      type: "created",
      actor_type: "customer",
      data: { channel: input.ticket.channel, status: input.ticket.status ?? "new" },
    })),
    failed_message_ids: [],
    records: [],
  }
  const created = await insertTickets(manager, batch, numbers.slice(0, kept.length), defaults)
  const written = await writeInboundBatch(manager, batch, created.map((t) => t.id))
  await updateRows(manager, "helpdesk_form_submission", kept.map(({ at }, j) => ({ id: submissionIds[at], ticket_id: created[j].id })))
  kept.forEach(({ at }, j) => (tickets[at] = created[j]))
  return { tickets, undo: { ...written.undo, ticket_ids: created.map((t) => t.id), submission_ids: [...claimedIds] } }
}

function emptyUndo(): InboundBatchUndo {
  return { ticket_ids: [], message_ids: [], ticket_before: [], messages_before: [], records_before: [], record_ids: [] }
}
