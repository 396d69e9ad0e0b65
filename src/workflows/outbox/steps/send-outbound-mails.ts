import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createBatcher } from "../../../lib/batching/batcher"
import { explainSendFailure, retryDelayMs } from "../../../lib/mail/send/send-outcome"
import { toNodemailerMessage } from "../../../lib/mail/send/to-nodemailer"
import { HELPDESK_MODULE, HelpdeskModuleService, OutboundMailRow, OutboundResult } from "../../../modules/helpdesk"
import { loadSmtpServers, smtpTransports } from "../utils/smtp-servers"
import { ClaimedOutboundMails } from "./claim-outbound-mails"

export const sendOutboundMailsStepId = "send-outbound-mails"

export interface SentOutboundMails {
  sent: string[]
  retrying: string[]
  failed: string[]
}

/**
 * Sends claimed records through their mailboxes' SMTP servers, all at once
 * (each server's pool bounds its connections), and writes each outcome as
 * soon as it is known (those that finish together in one write), so a crash
 * mid-run resends as little as possible.
 * Sending cannot be undone: this step has no compensation and runs after
 * every database write that decided to send.
 */
export const sendOutboundMailsStep = createStep(
  sendOutboundMailsStepId,
  async (claimed: ClaimedOutboundMails, { container }) => {
    const done: SentOutboundMails = { sent: [], retrying: [], failed: [] }
    if (!claimed.mails.length) return new StepResponse(done)
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const files = container.resolve(Modules.FILE)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const options = helpdesk.getOptions()
    const serverFor = await loadSmtpServers(helpdesk, claimed.mails.map((m) => m.mailbox_id).filter((id): id is string => !!id))
    const transports = smtpTransports(helpdesk)

    const sendOne = async (mail: OutboundMailRow): Promise<OutboundResult> => {
      const { server, problem } = serverFor(mail.mailbox_id, mail.sender)
      if (!server) return { id: mail.id, outcome: "failed", error: problem }
      let close = () => {}
      try {
        const built = await toNodemailerMessage(mail, (fileId) => files.getDownloadStream(fileId))
        close = built.close
        const info = await transports.get(server).sendMail(built.message)
        const rejected = (info.rejected ?? []).map(String)
        const note = rejected.length ? ` (refused for ${rejected.join(", ")})` : ""
        return { id: mail.id, outcome: "sent", response: `${info.response ?? ""}${note}`.trim() || null }
      } catch (error) {
        const failure = explainSendFailure(error, { ...server, timeoutMs: options.mailTimeoutMs })
        if (failure.permanent || mail.attempts >= options.mailSendAttempts) {
          const after = failure.permanent ? "" : ` (gave up after ${mail.attempts} attempts)`
          return { id: mail.id, outcome: "failed", error: `${failure.message}${after}` }
        }
        const next = new Date(Date.now() + retryDelayMs(mail.attempts, options.mailRetryBaseMs))
        return { id: mail.id, outcome: "retry", error: failure.message, next_attempt_at: next }
      } finally {
        close()
      }
    }

    // Unwritten, a claim lapses and the mail is tried again: a database
    // hiccup may double a mail, never lose one.
    let takenOver = 0
    // Outcomes that come while one is written go in the next write together.
    const record = createBatcher(
      async (results: OutboundResult[]) => {
        const written = await helpdesk.recordOutboundResults(claimed.token, results).catch((error) => {
          logger.error(`medusa-helpdesk: could not record the outcome of ${results.length} outgoing mail(s): ${error.message}`)
          throw error
        })
        takenOver += results.length - written.length
        return results.map(() => undefined)
      },
      { maxSize: 500 }
    )
    await Promise.all(
      claimed.mails.map(async (mail) => {
        const result = await sendOne(mail)
        await record(result).catch(() => undefined)
        const list = result.outcome === "sent" ? done.sent : result.outcome === "retry" ? done.retrying : done.failed
        list.push(mail.id)
      })
    )
    if (takenOver) {
      logger.warn(`medusa-helpdesk: ${takenOver} outgoing mail(s) were taken over by another process while this one sent them`)
    }
    return new StepResponse(done)
  }
)
