import { isAutoReply } from "./classify/auto-reply-rules"
import { classifyDelivery } from "./classify/bounce-rules"
import { readDeliveryFacts } from "./classify/delivery-report"
import { firstHeader, readSignals, type MailHeaders, type MailSignals } from "./classify/signals"
import type { AutoMailKind, DeliveryReport, MailAddress } from "./types"

export type AutoMailHeaders = MailHeaders
export type AutoMailFacts = {
  from?: MailAddress
  subject?: string
  /**
   * Addresses the helpdesk itself receives mail at. When one of them is a group alias (e.g. a Google
   * Group "support@shop.example"), customer mail arrives with that group's List-Id and Precedence:
   * list; such mail is not bulk. Without this list, every mailing-list header counts.
   */
  ownAddresses?: string[]
  /** the report's addressees: the sender of the undelivered mail, never its failed recipient */
  to?: MailAddress[]
  /** the body text: MTAs' report texts are read from it (only its first 16 KB) */
  text?: string
  /** content types of the parts, e.g. message/rfc822 or text/rfc822-headers of a bounce */
  partTypes?: string[]
}

/** "List-Id: Support <support.shop.example>" of one of our own addresses is our group alias, not a list. */
function isOwnDistributionList(headers: AutoMailHeaders, facts: AutoMailFacts): boolean {
  const listId = firstHeader(headers, "list-id")
  if (!listId || !facts.ownAddresses?.length) return false
  // [^<>]: with [^>], "<<<<…" without a ">" is searched again from every "<" (quadratic)
  const id = (/<([^<>]+)>/.exec(listId)?.[1] || listId).trim().toLowerCase()
  return facts.ownAddresses.some((address) => address && address.trim().toLowerCase().replace("@", ".") === id)
}

const BULK_SENDER_HEADERS = ["list-id", "list-unsubscribe-post", "feedback-id", "x-campaign", "x-campaignid", "x-mailchimp-campaign", "x-mc-user", "x-sg-eid", "x-mailgun-tag", "x-ses-outgoing", "x-csa-complaints"]

/** Precedence bulk/list/junk, or List-Unsubscribe with another bulk-sender header (RFC 2369, RFC 8058). */
function isBulk(s: MailSignals, facts: AutoMailFacts): boolean {
  if (isOwnDistributionList(s.headers, facts)) return false
  const precedence = (firstHeader(s.headers, "precedence") || firstHeader(s.headers, "x-precedence") || "").toLowerCase()
  if (/^(bulk|list|junk)$/.test(precedence)) return true
  return firstHeader(s.headers, "list-unsubscribe") !== null && (BULK_SENDER_HEADERS.some((name) => firstHeader(s.headers, name) !== null) || !!precedence)
}

export type AutoMailClassification = { auto: AutoMailKind | null; delivery: Omit<DeliveryReport, "messageId"> | null }

/**
 * Classifies automatic mail, conservatively (a person's ordinary mail comes out as null), as a
 * chain: delivery reports first (classify/bounce-rules: a final bounce is "bounce"; a delay warning
 * or success notice is automatic but not a bounce, so "auto-reply"), then RFC 3834 auto-replies
 * (classify/auto-reply-rules), then bulk mail. Reports come first because list servers and MTAs
 * mark them Precedence: bulk or Auto-Submitted too.
 */
export function classifyMail(headers: AutoMailHeaders, facts: AutoMailFacts = {}): AutoMailClassification {
  const s = readSignals(headers, facts)
  const verdict = classifyDelivery(s)
  if (verdict === "failed" || verdict === "delayed") {
    const { recipient, status } = readDeliveryFacts(s, verdict, [...(facts.ownAddresses || []), ...(facts.to || []).map((a) => a.address)])
    return { auto: verdict === "failed" ? "bounce" : "auto-reply", delivery: { action: verdict, recipient, status } }
  }
  if (verdict === "other") return { auto: "auto-reply", delivery: null }
  if (isAutoReply(s)) return { auto: "auto-reply", delivery: null }
  if (isBulk(s, facts)) return { auto: "bulk", delivery: null }
  return { auto: null, delivery: null }
}

/** The kind alone: "bounce" (final), "auto-reply" (RFC 3834, delay warnings, receipts), "bulk", or null for a person's mail. */
export function classifyAutoMail(headers: AutoMailHeaders, facts: AutoMailFacts = {}): AutoMailKind | null {
  return classifyMail(headers, facts).auto
}
