// The benchmarks' large store: N tickets with 5 messages each and N customers,
// inserted by bulk SQL once (the data stays in bench/.data). Shared by `list`
// and `cabinet`, so the 1M-row seed is paid once for both.

/** Seeds `total` tickets unless the database holds that many already. */
export async function seedTickets(db, total, say) {
  const { rows } = await db.query("select count(*)::int as n from helpdesk_ticket")
  if (rows[0].n >= total) {
    say(`Data already seeded (${rows[0].n} tickets).`)
    return
  }
  say(`Seeding ${total} tickets, ${total * 5} messages and ${total} customers (bulk SQL; minutes)…`)
  const started = Date.now()
  // Words: a long tail of rare ones, a few common ones, some Russian.
  await db.query(`create temporary table words as
    select i, case
      when i % 50 = 0 then (array['order','delivery','refund','size','parcel'])[1 + (i / 50) % 5]
      when i % 7 = 0 then 'слово' || i
      else 'word' || i end as w
    from generate_series(0, 9999) i`)
  await db.query("alter table helpdesk_ticket disable trigger user")
  await db.query("alter table helpdesk_ticket_message disable trigger user")
  await db.query(`drop index if exists "IDX_helpdesk_ticket_search_vector"`)
  const statuses = `(array['new','new','discussion','reopened','closed','closed','closed','cancelled','deleted','pending_confirmation'])`
  await db.query(`insert into customer (id, email, first_name, last_name, has_account, created_at, updated_at)
    select 'cus_bench' || n, 'customer' || n || '@example.com', 'First' || n, 'Last' || n, true,
           now() - n * interval '1 second', now() - n * interval '1 second'
    from generate_series(1, $1) n on conflict do nothing`, [total])
  await db.query(`insert into helpdesk_ticket (id, number, subject, status, channel, contact_email, contact_name,
      customer_id, language, created_at, updated_at, last_message_at, last_customer_message_at)
    select 'tkt_bench' || n, (1000000 + n)::text,
      w1.w || ' ' || w2.w,
      ${statuses}[1 + n % 10], 'email', 'customer' || n || '@example.com', 'First' || n || ' Last' || n,
      'cus_bench' || n, 'en',
      now() - n * interval '30 seconds', now() - ((n * 7) % ${total}) * interval '30 seconds',
      now() - n * interval '30 seconds', now() - n * interval '30 seconds'
    from generate_series(1::bigint, $1) n
    join words w1 on w1.i = (n * 7919) % 10000
    join words w2 on w2.i = (n * 104729) % 10000`, [total])
  say(`  tickets in ${Math.round((Date.now() - started) / 1000)} s`)
  await db.query(`insert into helpdesk_ticket_message (id, ticket_id, kind, author_type, body_text, created_at, updated_at)
    select 'tmsg_bench' || n || '_' || k, 'tkt_bench' || n,
      case when k = 3 then 'note' when k = 5 then 'forward' else 'message' end,
      case when k % 2 = 0 then 'agent' else 'customer' end,
      concat_ws(' ', w1.w, w2.w, w3.w, w4.w),
      now() - n * interval '30 seconds' + k * interval '1 minute', now() - n * interval '30 seconds' + k * interval '1 minute'
    from generate_series(1::bigint, $1) n cross join generate_series(1, 5) k
    join words w1 on w1.i = (n * k * 31) % 10000
    join words w2 on w2.i = (n * 17 + k) % 10000
    join words w3 on w3.i = (n * k * 131) % 10000
    join words w4 on w4.i = (k * 977 + n * 3) % 10000`, [total])
  say(`  messages in ${Math.round((Date.now() - started) / 1000)} s`)
  await db.query("update helpdesk_ticket t set search_vector = helpdesk_ticket_search_document(t)")
  await db.query(`create index "IDX_helpdesk_ticket_search_vector" on helpdesk_ticket using gin (search_vector) where deleted_at is null`)
  await db.query("alter table helpdesk_ticket enable trigger user")
  await db.query("alter table helpdesk_ticket_message enable trigger user")
  await db.query("analyze")
  say(`Seeded in ${Math.round((Date.now() - started) / 1000)} s.`)
}
