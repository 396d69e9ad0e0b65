// The demo store's mailboxes, as the ingest benchmarks create them over the admin API.

/** Creates a helpdesk mailbox that reads Dovecot account `user`; returns it. */
export async function createMailbox(base, headers, dovecot, user, password) {
  const created = await fetch(`${base}/admin/helpdesk/mailboxes`, {
    method: "POST",
    headers,
    body: JSON.stringify({
      name: user, address: `${user}@shop.test`, imap_host: dovecot.host, imap_port: dovecot.port,
      imap_secure: false, imap_user: user, imap_password: password,
      // These benchmarks measure mail in; receipts are mail out (`npm run bench -- outbox`).
      receipt_enabled: false,
    }),
  })
  const { mailbox } = await created.json()
  if (!mailbox) throw new Error(`could not create the mailbox (${created.status})`)
  return mailbox
}
