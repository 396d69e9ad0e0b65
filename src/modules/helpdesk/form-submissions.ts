import { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { boundSql } from "./bound-sql"
import { bulkEntityId } from "./entity-ids"
import { insertTickets, writeInboundBatch } from "./inbound-batch"
import { CreateTicketInput, InboundBatchAttachment, InboundBatchInput, InboundBatchUndo } from "./types"

export interface FormSubmissionInput {
  form_id: string
  idempotency_key: string
  ticket: CreateTicketInput
  message: { body_text: string; author_email: string | null; author_name: string | null; attachments: Omit<InboundBatchAttachment, "inline" | "content_id">[] }
}

export interface StoredFormSubmission {
  ticket: { id: string; number: string; status: string }
  undo: InboundBatchUndo & { submission_id: string }
}

/**
 * Writes a form submission in the caller's transaction, with the bulk
 * writers mail import uses (a statement per table, not an ORM round trip per
 * row): the submission under its idempotency key first — null when that key
 * was taken, by a concurrent request or an earlier one — then the ticket,
 * its first message with the files, the "created" line of history, and the
 * submission pointed at the ticket.
 */
export async function writeFormSubmission(
  manager: EntityManager,
  input: FormSubmissionInput,
  number: string,
  defaults: { language: string }
): Promise<StoredFormSubmission | null> {
  const submissionId = bulkEntityId("hdfsub")
  const claimed = await boundSql(
    manager,
    `insert into helpdesk_form_submission (id, form_id, idempotency_key) values (?, ?, ?)
     on conflict (form_id, idempotency_key) where deleted_at is null do nothing returning id`,
    [submissionId, input.form_id, input.idempotency_key]
  )
  if (!claimed.length) return null

  const batch: InboundBatchInput = {
    new_tickets: [input.ticket],
    ticket_updates: [],
    messages: [
      {
        ref: { new_ticket: 0 },
        data: { kind: "message", author_type: "customer", author_email: input.message.author_email, author_name: input.message.author_name, body_text: input.message.body_text },
        attachments: input.message.attachments.map((a) => ({ ...a, inline: false, content_id: null })),
      },
    ],
    events: [{ ref: { new_ticket: 0 }, type: "created", actor_type: "customer", data: { channel: input.ticket.channel, status: input.ticket.status ?? "new" } }],
    failed_message_ids: [],
    records: [],
  }
  const [ticket] = await insertTickets(manager, batch, [number], defaults)
  const written = await writeInboundBatch(manager, batch, [ticket.id])
  await boundSql(manager, "update helpdesk_form_submission set ticket_id = ?, updated_at = now() where id = ?", [ticket.id, submissionId])
  return { ticket, undo: { ...written.undo, ticket_ids: [ticket.id], submission_id: submissionId } }
}
