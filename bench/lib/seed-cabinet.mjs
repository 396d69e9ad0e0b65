// One store customer's "My requests" inside the large store: the tickets the
// cabinet list has to find among a million others.

export const PROVEN_EMAIL = "shopper.mailbox@bench.example"
const STRANGER_EMAIL = "someone.else@bench.example"

/**
 * Gives the customer (`email` is their account's) `count` cabinet tickets (every tenth archived),
 * 50 mail tickets from an address they proved, and 20 mail tickets on their
 * account from an address they did not prove, which the list must skip
 * (SPEC §6 "Email ownership"). Three messages each; activity spread over
 * months so pages interleave the two branches. Once per customer.
 */
export async function seedCabinet(db, { customerId, email }, count, say) {
  const { rows } = await db.query(
    "select count(*)::int as n from helpdesk_ticket where customer_id = $1 and channel = 'cabinet'",
    [customerId]
  )
  if (rows[0].n >= count) return say(`The shopper's tickets are there (${rows[0].n} in the cabinet).`)
  say(`Seeding the shopper's ${count} cabinet tickets and 70 mail tickets…`)
  await db.query("begin")
  // Numbers above the large seed's (1,000,001 … 2,000,000) stay unique.
  await db.query(`insert into helpdesk_ticket (id, number, subject, status, channel, contact_email, contact_name, customer_id,
      language, archived_at, customer_read_at, created_at, updated_at, last_message_at, last_customer_message_at)
    select s.id, s.number, 'Question ' || s.n, s.status, s.channel, s.email, 'Bench Shopper', s.customer_id, 'en',
      case when s.archived then s.at + interval '2 days' end, case when s.n % 2 = 0 then s.at + interval '1 hour' end,
      s.at, s.at + interval '40 minutes', s.at + interval '40 minutes', s.at + interval '40 minutes'
    from (
      select 'tkt_cab' || n as id, (3000000 + n)::text as number, n, 'cabinet' as channel, $2::text as email, $1::text as customer_id,
        n % 10 = 0 as archived,
        case when n % 10 = 0 then 'closed' else (array['new','discussion','reopened','closed','pending_confirmation'])[1 + n % 5] end as status,
        now() - n * interval '6 hours' as at
      from generate_series(1, $3) n
      union all
      select 'tkt_cabmail' || n, (3100000 + n)::text, n, 'email', $4::text, null, false, 'discussion', now() - n * interval '5 days' - interval '3 hours'
      from generate_series(1, 50) n
      union all
      select 'tkt_cabother' || n, (3200000 + n)::text, n, 'email', $5::text, $1::text, false, 'new', now() - n * interval '7 days' - interval '1 hour'
      from generate_series(1, 20) n
    ) s
    on conflict do nothing`, [customerId, email, count, PROVEN_EMAIL, STRANGER_EMAIL])
  // Customer, agent, customer: the list's last_agent_message_at has one to find.
  await db.query(`insert into helpdesk_ticket_message (id, ticket_id, kind, author_type, body_text, created_at, updated_at)
    select 'tmsg_' || t.id || '_' || k, t.id, 'message', case when k = 1 then 'agent' else 'customer' end, 'Message ' || k,
      t.created_at + k * interval '20 minutes', t.created_at + k * interval '20 minutes'
    from helpdesk_ticket t cross join generate_series(0, 2) k
    where t.id like 'tkt_cab%'
    on conflict do nothing`)
  await db.query(`insert into helpdesk_customer_email (id, customer_id, email, created_at, updated_at)
    values ('hdce_bench_shopper', $1, $2, now(), now()) on conflict do nothing`, [customerId, PROVEN_EMAIL])
  await db.query("commit")
  await db.query("analyze helpdesk_ticket; analyze helpdesk_ticket_message; analyze helpdesk_customer_email")
}
