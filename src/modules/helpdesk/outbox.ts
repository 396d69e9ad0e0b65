import { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { boundSql } from "./bound-sql"

import type { OutboundAttachment, OutboundMailRow } from "../../lib/mail/send/outbound-mail"

export type { OutboundAttachment, OutboundMailRow }

export type OutboundResult =
  | { id: string; outcome: "sent"; response: string | null }
  | { id: string; outcome: "retry"; error: string; next_attempt_at: Date }
  | { id: string; outcome: "failed"; error: string }

const ROW_FIELDS = `o.id, o.kind, o.ticket_id, o.ticket_message_id, o.mailbox_id, o.sender, o.from_address, o.from_name,
  o.reply_to, o."to", o.cc, o.bcc, o.subject, o.body_text, o.body_html, o.message_id, o.in_reply_to, o."references",
  o.headers, o.attachments, o.attempts`

/**
 * Claims due records for one sender: pending ones whose time has come, and
 * ones another process claimed and let lapse (it died while sending). The
 * inner SELECT skips rows other processes are claiming this instant, so two
 * processes never take the same record; the messages show "sending" in the
 * same statement.
 */
export async function claimDueOutboundMails(
  manager: EntityManager,
  claim: { token: string; claimMs: number; limit: number; ids?: string[] }
): Promise<OutboundMailRow[]> {
  const onlyIds = claim.ids ? "and id in (select jsonb_array_elements_text(?::jsonb))" : ""
  return boundSql<OutboundMailRow>(
    manager,
    `with due as (
       select id from helpdesk_outbound_mail
       where deleted_at is null
         and ((status = 'pending' and next_attempt_at <= now()) or (status = 'sending' and claim_expires_at < now()))
         ${onlyIds}
       order by next_attempt_at
       limit ?
       for update skip locked
     ), claimed as (
       update helpdesk_outbound_mail o
       set status = 'sending', claim_token = ?, claim_expires_at = now() + (? * interval '1 millisecond'),
           attempts = o.attempts + 1, updated_at = now()
       from due where o.id = due.id
       returning ${ROW_FIELDS}
     ), shown as (
       update helpdesk_ticket_message m set delivery_status = 'sending', updated_at = now()
       from claimed where m.id = claimed.ticket_message_id and m.delivery_status is distinct from 'sending'
     )
     select * from claimed`,
    [...(claim.ids ? [JSON.stringify(claim.ids)] : []), claim.limit, claim.token, claim.claimMs]
  )
}

/**
 * Writes what became of claimed records and mirrors it on their messages.
 * A record whose claim was lost (it lapsed and another process took it) is
 * left to that process. Returns the ids that were written.
 */
export async function recordOutboundResults(manager: EntityManager, token: string, results: OutboundResult[]): Promise<string[]> {
  if (!results.length) return []
  const rows = results.map((r) => ({
    id: r.id,
    status: r.outcome === "retry" ? "pending" : r.outcome,
    response: r.outcome === "sent" ? r.response : null,
    error: r.outcome === "sent" ? null : r.error,
    next_at: r.outcome === "retry" ? r.next_attempt_at.toISOString() : null,
  }))
  const written = await boundSql<{ id: string }>(
    manager,
    `with r as (
       select * from jsonb_to_recordset(?::jsonb) as r(id text, status text, response text, error text, next_at timestamptz)
     ), done as (
       update helpdesk_outbound_mail o
       set status = r.status, smtp_response = coalesce(r.response, o.smtp_response), last_error = r.error,
           next_attempt_at = coalesce(r.next_at, o.next_attempt_at),
           sent_at = case when r.status = 'sent' then now() else o.sent_at end,
           claim_token = null, claim_expires_at = null, updated_at = now()
       from r where o.id = r.id and o.claim_token = ?
       returning o.id, o.ticket_message_id, o.status, o.last_error
     ), shown as (
       update helpdesk_ticket_message m set delivery_status = done.status, delivery_error = done.last_error, updated_at = now()
       from done where m.id = done.ticket_message_id
     )
     select id from done`,
    [JSON.stringify(rows), token]
  )
  return written.map((w) => w.id)
}

/** Gives back claims a sender holds without having tried them (it is stopping, or its step is undone). */
export async function releaseOutboundClaims(manager: EntityManager, token: string, ids: string[]): Promise<void> {
  if (!ids.length) return
  await boundSql(
    manager,
    `with back as (
       update helpdesk_outbound_mail o
       set status = 'pending', attempts = greatest(o.attempts - 1, 0), claim_token = null, claim_expires_at = null, updated_at = now()
       where o.claim_token = ? and o.status = 'sending' and o.id in (select jsonb_array_elements_text(?::jsonb))
       returning o.ticket_message_id
     )
     update helpdesk_ticket_message m set delivery_status = 'pending', updated_at = now()
     from back where m.id = back.ticket_message_id`,
    [token, JSON.stringify(ids)]
  )
}

/**
 * Puts failed records back in the queue as new (Resend): attempts start
 * again, the Message-ID stays, so a mail that did arrive after all is
 * recognised as the same one. Returns the ids requeued.
 */
export async function requeueFailedOutboundMails(manager: EntityManager, ids: string[]): Promise<string[]> {
  if (!ids.length) return []
  const rows = await boundSql<{ id: string }>(
    manager,
    `with again as (
       update helpdesk_outbound_mail o
       set status = 'pending', attempts = 0, next_attempt_at = now(), last_error = null, updated_at = now()
       where o.status = 'failed' and o.deleted_at is null and o.id in (select jsonb_array_elements_text(?::jsonb))
       returning o.id, o.ticket_message_id
     ), shown as (
       update helpdesk_ticket_message m set delivery_status = 'pending', delivery_error = null, updated_at = now()
       from again where m.id = again.ticket_message_id
     )
     select id from again`,
    [JSON.stringify(ids)]
  )
  return rows.map((r) => r.id)
}

/**
 * Counts one automatic mail against `key` in the window ending at
 * `windowEndsAt` and says whether it stays within `limit`. One upsert: the
 * count is exact however many processes send at once.
 */
export async function takeSendAllowance(
  manager: EntityManager,
  key: string,
  windowEndsAt: Date,
  limit: number
): Promise<boolean> {
  const id = `${key}@${windowEndsAt.toISOString()}`
  const [row] = await boundSql<{ count: number }>(
    manager,
    `insert into helpdesk_send_counter (id, count, window_ends_at) values (?, 1, ?)
     on conflict (id) do update set count = helpdesk_send_counter.count + 1, updated_at = now()
     returning count`,
    [id, windowEndsAt.toISOString()]
  )
  return Number(row.count) <= limit
}

/** Counters of windows that ended more than a day ago are of no use. */
export async function pruneSendCounters(manager: EntityManager): Promise<void> {
  await boundSql(manager, `delete from helpdesk_send_counter where window_ends_at < now() - interval '1 day'`)
}
