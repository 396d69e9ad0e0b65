import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService, InboundBatchInput, InboundMailRecord } from "../../../modules/helpdesk"
import { bulkEntityId } from "../../../modules/helpdesk/entity-ids"
import { refTicketId } from "../../../modules/helpdesk/inbound-batch"
import { ImportInboundMailsInput, InboundMailPayload } from "../types"
import { loadPlanContext } from "../utils/load-plan-context"
import { planInboundMails } from "../utils/plan-inbound-mails"

export const storeInboundMailsStepId = "store-inbound-mails"

type PlannedRecord = InboundMailRecord & { inserted?: boolean }

/**
 * Threads, filters and sorts a batch of mail (planInboundMails, a pure
 * function), then writes the plan in one database transaction: tickets,
 * messages, attachments, history, bounces, and each mail's record with what
 * became of it. A crash leaves all of it or none, and the unique
 * (mailbox, key) record keeps a mail from being stored twice, even by
 * another process. Compensation takes the batch back. Planning happens here,
 * not in a step of its own, because the plan holds every message's text and
 * the workflow engine copies whatever passes between steps: on mail ingest
 * that copying cost more than planning.
 */
export const storeInboundMailsStep = createStep(
  storeInboundMailsStepId,
  async (input: ImportInboundMailsInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const { records, fresh } = await recordsFor(helpdesk, input)
    const context = await loadPlanContext(container, input, records)
    const { received, ...batch } = planInboundMails(input.mails, context)
    const result = await helpdesk.storeInboundBatch({ ...batch, new_records: fresh })
    const newIds = result.tickets.map((t) => t.id)
    return new StepResponse(
      {
        tickets: result.tickets,
        messages: received.map((r) => ({
          id: result.message_ids[r.message_index],
          ticket_id: refTicketId(newIds, r.ref),
          kind: r.kind,
        })),
        failed_message_ids: batch.failed_message_ids,
        records: batch.records.map((r) => ({ id: r.id, status: r.status, reason: r.reason })),
        // Mails recorded before, or twice in this batch.
        duplicates: input.mails.length - batch.records.length,
      },
      result.undo
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.undoInboundBatch(undo)
  }
)

/** The record of each mail: the one already written (by an earlier run), or a new one the store writes. */
async function recordsFor(helpdesk: HelpdeskModuleService, input: ImportInboundMailsInput) {
  const known = await helpdesk.findInboundMailsByKey(input.mails.map((m) => ({ mailbox_id: input.mailbox_id, dedupe_key: m.dedupe_key })))
  const byKey = new Map<string, PlannedRecord>(known.map((r) => [r.dedupe_key, r]))
  const fresh: NonNullable<InboundBatchInput["new_records"]> = []
  for (const mail of input.mails) {
    if (byKey.has(mail.dedupe_key)) continue
    const row = newRecord(input.mailbox_id, mail)
    fresh.push(row)
    byKey.set(mail.dedupe_key, {
      id: row.id, mailbox_id: input.mailbox_id, dedupe_key: mail.dedupe_key, status: "received", reason: null,
      ticket_id: null, ticket_message_id: null, raw_file_id: mail.raw_file_id, attempts: 0, inserted: true,
    })
  }
  return { records: [...byKey.values()], fresh }
}

function newRecord(mailboxId: string, mail: InboundMailPayload) {
  return {
    id: bulkEntityId("inml"),
    mailbox_id: mailboxId,
    dedupe_key: mail.dedupe_key,
    uid_validity: mail.uid_validity,
    uid: mail.uid,
    message_id: mail.message_id ?? null,
    from_address: mail.from?.address?.toLowerCase() || null,
    subject: mail.subject ?? null,
    sent_at: mail.sent_at ? new Date(mail.sent_at) : null,
    size: mail.size,
    raw_file_id: mail.raw_file_id,
    auto: mail.auto ?? null,
  }
}
