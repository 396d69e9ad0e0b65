import { firstHeader, type MailSignals } from "./signals"

/**
 * Non-delivery reports, as an ordered chain of small pure filters. Each filter answers "failed"
 * (a final bounce), "delayed" (a delay warning: the MTA will retry, nothing is lost yet), "other"
 * (a delivery report that is neither, e.g. a success notice), "person" (stop: this is someone's
 * mail), or undefined (no opinion, ask the next filter). No filter decides on one weak signal: a
 * subject or a body phrase alone can be a person talking about a bounce.
 */
export type DeliveryVerdict = "failed" | "delayed" | "other" | "person"
type BounceFilter = (s: MailSignals) => DeliveryVerdict | undefined

/**
 * Senders that only send delivery reports: the local parts MTAs use (RFC 5321 postmaster, the
 * traditional MAILER-DAEMON, Gmail's mailer-daemon@googlemail.com, Lotus/Domino's mail router) and
 * the display names of the big providers ("Mail Delivery Subsystem", "Mail Delivery System",
 * "Mail Administrator").
 */
const DAEMON_ADDRESS = /^(mailer-daemon|mailerdaemon|mail-daemon|maildaemon|postmaster|mail-delivery-subsystem|mdaemon|mail\.router|mailrouter|bounce|bounces|double-bounce|nobody-bounce)(@|$)/
const DAEMON_NAME = /^(mail delivery (subsystem|system|service)|mailer[- ]daemon|postmaster|mail administrator|mail router|delivery status notification|system administrator|internet mail delivery|courier mail server|mail system)\b/
/** Return-Path: <MAILER-DAEMON> (Sendmail and others write the null sender's name instead of <>). */
const DAEMON_RETURN_PATH = /^<?\s*(mailer-daemon|postmaster)(@|>|\s*$)/i
/** Senders whose mail is always a delivery report, whatever the subject says. */
const DAEMON_ONLY = /^(mailer-daemon|mailerdaemon|mail-daemon|maildaemon|mail-delivery-subsystem|double-bounce)(@|$)/

/**
 * Subjects of delivery failure reports: Postfix ("Undelivered Mail Returned to Sender"), qmail
 * ("failure notice"), Sendmail ("Returned mail: see transcript for details"), Exim ("Mail delivery
 * failed: returning message to sender"), Gmail and Exchange ("Delivery Status Notification
 * (Failure)", "Undeliverable:"), Yahoo ("Failure Notice"), Domino ("DELIVERY FAILURE:"), and the
 * localised Exchange/Outlook, Japanese, Chinese and Korean carrier forms.
 */
const FAILURE_SUBJECT =
  /undeliverable|undelivered (mail|message)|delivery status notification|delivery (failure|has failed|incomplete|notification)|mail delivery (failure|failed|problem)|failure notice|mail delivery (failed|failure|subsystem|system)|returned mail|returned to sender|return(ed|ing) message to sender|nondeliverable|non-deliverable|mail system error|message not delivered|message could not be delivered|non remis|non délivré|échec de (la )?(remise|distribution)|notification d'état de remise|unzustellbar|nicht zustellbar|zustellung fehlgeschlagen|übermittlungsstatus|no se puede entregar|no entregad|error de entrega|notificación de estado de entrega|mancato recapito|non recapitabile|impossibile recapitare|notifica stato di consegna|onbestelbaar|niet bezorgd|kan niet worden bezorgd|não (foi )?entregue|falha na entrega|niedostarczaln|nie można dostarczyć|olevererbar|ej levererat|kan ikke leveres|не доставлено|недоставлен|ошибка доставки|уведомление о доставке|配信エラー|配送エラー|配信不能|送信エラー|不達|未達|エラーメール|返送|退信|投递失败|发送失败|無法傳遞|전송 실패|반송/i

/** Wider subjects that count only from a daemon sender: "Delivery failed", "Mail could not be delivered", "NDN: …", "Message rejected". */
const FAILURE_SUBJECT_LOOSE = /deliver|returned|bounce|rejected|\bndn\b|\bndr\b|failed|failure|error|fehler|erreur|échec|errore|fout|ошибк|エラー|失败/i

/** Delay warnings: Gmail "(Delay)", Postfix "Delayed Mail (still being retried)", Sendmail "Warning: could not send message for past 4 hours", Exim "Warning: message … delayed 24 hours", Exchange "Delivery delayed:". */
const DELAY_SUBJECT =
  /\(delay(ed)?\)|delayed mail|still being retried|could not send message for past|^warning: message \S+ delayed|^(mail )?delivery delayed|^delayed\b|verzögert|retardée?|retrasad|ritardat|vertraagd|opóźnion|задерж|遅延/i
/** A bare "delay" counts only in a subject that is not a failure report's "Undeliverable: <original subject>". */
const DELAY_WORD = /\bdelay(ed)?\b/i

/**
 * Body markers of the MTAs' documented report texts (read in the first 16 KB, folded, lowercase):
 * qmail ("Hi. This is the qmail-send program", also ezmlm list servers), Apache James and qmail
 * ("I'm afraid I wasn't able to deliver your message"), Exim ("This message was created
 * automatically by mail delivery software", "A message that you sent could not be delivered to one
 * or more of its recipients"), Sendmail ("The original message was received at", "----- The
 * following addresses had permanent fatal errors -----"), Postfix ("This is the mail system at
 * host"), Gmail ("Delivery to the following recipient failed permanently"), Exchange ("Delivery
 * has failed to these recipients or groups", "Your message did not reach some or all of the
 * intended recipients"), Yahoo ("Sorry, we were unable to deliver your message to the following
 * address"), and RFC 3464's own field names when the report is inline. Only phrases no customer
 * writes about a parcel: they decide even without a daemon sender.
 */
const MTA_BODY =
  /this is the qmail-send program|wasn['’]t able to deliver your message|was not able to deliver your message|created automatically by mail delivery software|a message that you sent (could not|has not yet) been delivered|the original message was received at|had permanent fatal errors|this is the mail system at host|delivery to the following recipients? (failed|has been delayed)|delivery has failed to these recipients|delivery is delayed to these recipients|did not reach some or all of the intended recipients|could not be delivered to one or more recipients|unable to deliver your message to the following|final-recipient: rfc822;|diagnostic-code: smtp;|running the courier mail server|this is the james mail server|this is the mailer-daemon at|an error has occurred while attempting to deliver a message|this report relates to a message you sent|could not be delivered to the following recipients|the following recipients? (did not receive|could not receive) this message|was undeliverable/

/**
 * Looser phrases (Lotus/Domino "was not delivered to", appliances' "Your message could not be
 * delivered"): a customer may write them about an order, so they count only from a daemon or the
 * null sender.
 */
const REPORT_BODY_LOOSE =
  /your message (could not|cannot|can['’]t|couldn['’]t) be delivered|unable to deliver (your|the) message|(message|mail) (was|has) not been delivered|was not delivered to|message you sent (could not|couldn['’]t) be delivered|permanent (fatal )?error|delivery status notification|undeliverable|returned to sender|was created automatically by|couldn['’]t be delivered|could not be delivered|delivery (has )?failed|wasn['’]t delivered to|address not found/

/** The report is a warning: the MTA keeps the mail and will try again (RFC 3464 Action: delayed in words). */
const DELAY_BODY =
  /will retry|will be retried|will continue to (try|retry|be attempted)|still being retried|still trying|has not yet been delivered|hasn['’]t been delivered yet|has been delayed|is delayed to these|this is a warning (message )?only|no action is required on your part|you do not need to resend|delivery attempts will continue|will keep trying/

/** The report is final even where it mentions retries ("I'm not going to try again"). */
const FINAL_BODY = /failed permanently|deleted from (the )?queue|permanent fatal error|permanent (error|failure)|not going to try again|giving up|given up|retry time(out)? (exceeded|expired)|will not be retried|too long in (the )?queue|has been in the queue too long/

/** Re:, Fwd: and their translations: a person answering or forwarding a report they received. */
const PERSON_PREFIX = /^(re|aw|sv|antw|odp|ref|rif|r|fw|fwd|wg|tr|rv|enc|i|vs|vl|doorst|ответ|пересл|回复|转发|返信|転送)\s*(\[\d+\])?\s*:/i

const ORIGINAL_PARTS = /^(message\/(rfc822|global|global-headers)|text\/rfc822-headers)$/

export const isDaemonSender = (s: MailSignals) =>
  DAEMON_ADDRESS.test(s.from) || DAEMON_NAME.test(s.fromName) || DAEMON_RETURN_PATH.test(firstHeader(s.headers, "return-path") || "")
const reportsFailure = (s: MailSignals) => FAILURE_SUBJECT.test(s.subject) || MTA_BODY.test(s.body) || REPORT_BODY_LOOSE.test(s.body)
const carriesOriginal = (s: MailSignals) => s.partTypes.some((t) => ORIGINAL_PARTS.test(t))

/** RFC 3464 Action fields wherever the report has them (some MTAs put them in a plain-text body). */
function dsnActions(s: MailSignals): Set<string> {
  const actions = new Set<string>()
  for (const line of s.lines) {
    const m = /^\s*action\s*:\s*([a-z]+)/i.exec(line)
    if (m) actions.add(m[1].toLowerCase())
  }
  return actions
}

/** Failure or delay, once a filter knows the mail is a delivery report. */
function failedOrDelayed(s: MailSignals): DeliveryVerdict {
  const actions = dsnActions(s)
  if (actions.has("failed")) return "failed"
  if (actions.has("delayed")) return "delayed"
  const delaySubject = DELAY_SUBJECT.test(s.subject) || (DELAY_WORD.test(s.subject) && !FAILURE_SUBJECT.test(s.subject))
  if ((delaySubject || DELAY_BODY.test(s.report)) && !FINAL_BODY.test(s.report)) return "delayed"
  return "failed"
}

/** RFC 3464: the machine-readable Action fields of a multipart/report; report-type=delivery-status decide. */
const dsnReport: BounceFilter = (s) => {
  if (!s.contentType.startsWith("multipart/report") || s.reportType !== "delivery-status") return undefined
  const actions = dsnActions(s)
  // delivered, relayed, expanded only: a success notice
  if (actions.size && !actions.has("failed") && !actions.has("delayed")) return "other"
  return failedOrDelayed(s)
}

/** Exim (and others) name the failed addresses in X-Failed-Recipients on a final bounce only. */
const failedRecipientsHeader: BounceFilter = (s) => (firstHeader(s.headers, "x-failed-recipients") !== null ? "failed" : undefined)

/** A person's reply or forward of a report is the person's mail, whatever it quotes. */
const personAnswering: BounceFilter = (s) =>
  PERSON_PREFIX.test(s.subject) && !isDaemonSender(s) && !s.nullSender ? "person" : undefined

/** MAILER-DAEMON and Mail Delivery Subsystem send nothing but reports. */
const daemonOnlySender: BounceFilter = (s) => (DAEMON_ONLY.test(s.from) ? failedOrDelayed(s) : undefined)

/**
 * postmaster, "Mail Delivery System" or the null sender (RFC 5321 4.5.5: reports are sent with
 * MAIL FROM:<>) together with a report subject or body, or the original attached (RFC 3462).
 * RFC 3834 asks auto-replies to use the null sender too, and they often quote our reply ("the
 * parcel could not be delivered"): from the null sender alone only a subject that starts as a
 * report's does, or an MTA's own text before the quoted original.
 */
const reportingSender: BounceFilter = (s) => {
  const daemon = isDaemonSender(s)
  if (!daemon && !s.nullSender) return undefined
  const reportSubject = (FAILURE_SUBJECT.exec(s.subject)?.index ?? 99) <= 10 || (DELAY_SUBJECT.exec(s.subject)?.index ?? 99) <= 10
  if (reportSubject || MTA_BODY.test(s.report)) return failedOrDelayed(s)
  if (!daemon) return undefined
  if (reportsFailure(s) || DELAY_SUBJECT.test(s.subject) || DELAY_BODY.test(s.report)) return failedOrDelayed(s)
  // a postmaster may be a person writing about a failed payment; the others are machines
  if (!s.from.startsWith("postmaster@") && FAILURE_SUBJECT_LOOSE.test(s.subject)) return failedOrDelayed(s)
  if (carriesOriginal(s) || s.contentType.startsWith("multipart/report")) return failedOrDelayed(s)
  return undefined
}

/**
 * Gateways and list servers that send reports from an ordinary-looking address (often with
 * Precedence: bulk): a report subject and an MTA's report text together, or either with the
 * original attached.
 */
const reportWithoutDaemon: BounceFilter = (s) => {
  const subject = FAILURE_SUBJECT.test(s.subject)
  const body = MTA_BODY.test(s.report)
  if (body && (subject || carriesOriginal(s))) return failedOrDelayed(s)
  if (subject && carriesOriginal(s) && !PERSON_PREFIX.test(s.subject) && REPORT_BODY_LOOSE.test(s.body)) return failedOrDelayed(s)
  return undefined
}

/** The bounce chain, in order: the first filter with an opinion decides. */
export const BOUNCE_FILTERS: BounceFilter[] = [dsnReport, failedRecipientsHeader, personAnswering, daemonOnlySender, reportingSender, reportWithoutDaemon]

export function classifyDelivery(s: MailSignals): DeliveryVerdict | null {
  for (const filter of BOUNCE_FILTERS) {
    const verdict = filter(s)
    if (verdict) return verdict
  }
  return null
}
