// The outbox bench's backlog, made over the demo store's admin API: a
// default mailbox that sends through the sink, admin tickets with a
// customer's question, and one agent reply to each, held in the outbox.
import pg from "pg"

/**
 * Holds back mail queued from now on, until `release()`: a trigger dates
 * every new outbox record far ahead, so no sender finds it due. A store in
 * worker mode "server" runs no jobs, but on the local event bus (no Redis)
 * it still runs subscribers, and the queued-mail subscriber would send
 * each reply at once. Released, every record is due as of its creation.
 */
export async function holdQueuedMail(databaseUrl) {
  const sql = async (text) => {
    const db = new pg.Client({ connectionString: databaseUrl })
    await db.connect()
    try {
      return (await db.query(text)).rowCount
    } finally {
      await db.end()
    }
  }
  await sql(`
    create or replace function bench_hold_outbound_mail() returns trigger language plpgsql as
      $$ begin new.next_attempt_at := timestamptz '2999-01-01'; return new; end $$;
    create trigger bench_hold_outbound_mail before insert on helpdesk_outbound_mail
      for each row execute function bench_hold_outbound_mail();`)
  return {
    release: () =>
      sql(`
        drop trigger bench_hold_outbound_mail on helpdesk_outbound_mail;
        drop function bench_hold_outbound_mail();
        update helpdesk_outbound_mail set next_attempt_at = created_at where status = 'pending';`),
  }
}

/** Runs `fn` on every item, `concurrency` at a time; results in item order. */
export async function inTurns(items, concurrency, fn) {
  const results = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i], i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker))
  return results
}

async function call(base, headers, method, route, body) {
  const res = await fetch(`${base}${route}`, { method, headers, body: JSON.stringify(body), signal: AbortSignal.timeout(60_000) })
  const json = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${JSON.stringify(json).slice(0, 300)}`)
  return json
}

/**
 * A mailbox whose replies go out through `sink`, made the default mailbox,
 * so replies to admin tickets (which come from no mailbox) leave from it.
 * It never collects (the bench store runs with HELPDESK_MAIL_CRON=off), so
 * its IMAP side only has to pass validation.
 */
export async function createDefaultSendingMailbox(base, headers, sink) {
  const { mailbox } = await call(base, headers, "POST", "/admin/helpdesk/mailboxes", {
    name: "Shop Support", address: "support@shop.test",
    imap_host: "127.0.0.1", imap_port: 1, imap_secure: false, imap_user: "support",
    smtp_host: sink.host, smtp_port: sink.port, smtp_secure: false, smtp_user: "support", smtp_password: "bench-smtp-password",
    signature: "--\n{{MY_NAME}}, Shop Support\nTicket {{TICKET_NUMBER}}",
  })
  await call(base, headers, "POST", "/admin/helpdesk/settings", { default_mailbox_id: mailbox.id })
  // The ticket statuses and actions are written the first time they are read;
  // several first replies at once raced that here (one saw the statuses but
  // not yet the actions: "There is no ticket action reply"), so read them once first.
  await call(base, headers, "GET", "/admin/helpdesk/workflow")
  return mailbox
}

/** `count` admin tickets, each opened with a customer's question; returns their ids. */
export async function createTickets(base, headers, count, concurrency) {
  const indexes = Array.from({ length: count }, (_, i) => i)
  return inTurns(indexes, concurrency, async (i) => {
    const { ticket } = await call(base, headers, "POST", "/admin/helpdesk/tickets", {
      subject: `Order ${100000 + i}: wrong size delivered`,
      contact_email: `customer-${i}@example.org`,
      contact_name: `Customer ${i}`,
      message: { author_type: "customer", body_text: `Hello,\n\nmy order ${100000 + i} came in size 40 instead of 42. Can I exchange it?\n\nThanks` },
    })
    return ticket.id
  })
}

/** An agent's reply of a usual length (about 700 characters). */
function replyText(i) {
  return [
    `Hello Customer ${i},`,
    `thank you for writing to us, and sorry that order ${100000 + i} arrived in the wrong size.`,
    "We have booked a free return for you: the courier will collect the parcel within two working days, and you do not need to print anything. " +
      "As soon as the parcel is on its way back we will send size 42; it is in stock and will leave our warehouse the same day.",
    "If you would rather have your money back, just answer this mail and we will refund the order in full once the parcel reaches us.",
    "Kind regards",
  ].join("\n\n")
}

/** Replies to every ticket, `concurrency` at a time; returns the seconds it took. */
export async function replyToAll(base, headers, ticketIds, concurrency) {
  const started = performance.now()
  await inTurns(ticketIds, concurrency, (id, i) => call(base, headers, "POST", `/admin/helpdesk/tickets/${id}/reply`, { body_text: replyText(i) }))
  return (performance.now() - started) / 1000
}
