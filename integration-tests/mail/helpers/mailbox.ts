import { as, Agent } from "../../helpers/admin"
import { DovecotServer } from "./dovecot"

export const MAILBOX_PASSWORD = "s3cret-pass"
let userSeq = 0

/** A fresh IMAP account and a mailbox in the helpdesk that reads it. */
export async function newMailbox(api: any, admin: Agent, dovecot: DovecotServer, extra: Record<string, unknown> = {}) {
  const user = `support${++userSeq}-${Date.now()}`
  await dovecot.addUser(user, MAILBOX_PASSWORD)
  const res = await as(api, admin).post("/admin/helpdesk/mailboxes", {
    name: "Support",
    address: `${user}@shop.test`,
    imap_host: dovecot.host,
    imap_port: dovecot.port,
    imap_secure: false,
    imap_user: user,
    imap_password: MAILBOX_PASSWORD,
    ...extra,
  })
  if (res.status !== 201) throw new Error(`creating a mailbox answered ${res.status}: ${JSON.stringify(res.data)}`)
  const deliver = (...mails: (Buffer | string)[]) => dovecot.deliver(user, MAILBOX_PASSWORD, mails)
  return { mailbox: res.data.mailbox, user, address: `${user}@shop.test`, deliver }
}

export type TestMailbox = Awaited<ReturnType<typeof newMailbox>>
