import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { buildPayload, parseFetchedMail, storeMailFiles } from "../utils/prepare-inbound-mails"

export const prepareInboundMailRetryStepId = "prepare-inbound-mail-retry"

/** The code of a refused retry, so the route can answer 409. */
export const NOT_RETRYABLE = "inbound_mail_not_retryable"

/**
 * Reads a kept mail's raw source again (the parser may have been fixed, or
 * the loop guard's hour passed) and stores its attachments, for the import;
 * attachments the File module still refuses leave it unprocessable.
 */
export const prepareInboundMailRetryStep = createStep(
  prepareInboundMailRetryStepId,
  async (input: { id: string }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const record = await helpdesk.retrieveInboundMail(input.id)
    if (record.status === "imported" || record.status === "received") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This mail is ${record.status === "imported" ? "already imported" : "being imported"}; only skipped or failed mail can be retried.`, NOT_RETRYABLE)
    }
    if (!record.raw_file_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The raw source of this mail was not kept, so it cannot be retried.", NOT_RETRYABLE)
    }
    const files = container.resolve(Modules.FILE)
    const source = await files.getAsBuffer(record.raw_file_id)
    // The record keeps its key: the retry must land on the same record.
    // A raw source shorter than the mail was is its head only (mail over maxMailBytes): it stays unreadable.
    const size = record.size > source.length ? record.size : undefined
    const parsed = await parseFetchedMail({ uid: Number(record.uid ?? 0), source, size }, helpdesk.getOptions(), record.dedupe_key)
    const stored = await storeMailFiles(container, parsed, null)
    await helpdesk.updateInboundMails({ id: record.id, attempts: record.attempts + 1 })
    const payload = buildPayload(
      parsed,
      { uid: record.uid, uid_validity: record.uid_validity, raw_file_id: record.raw_file_id },
      stored.attachment_file_ids,
      stored.error
    )
    return new StepResponse({ mailbox_id: record.mailbox_id, payload }, stored.attachment_file_ids)
  },
  async (fileIds, { container }) => {
    if (fileIds?.length) await container.resolve(Modules.FILE).deleteFiles(fileIds)
  }
)
