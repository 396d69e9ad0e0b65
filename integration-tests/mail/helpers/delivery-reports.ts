/**
 * Delivery reports as mail servers write them, for a mail the helpdesk sent
 * (`original` is its Message-ID without brackets, `from` the mailbox address).
 * Each has a Message-ID of its own, so several in one test are several mails.
 */
let sequence = 0
const ownId = (host: string) => `<report-${++sequence}-${Date.now()}@${host}>`

/** RFC 3464 multipart/report, as Postfix writes it; `action` "delayed" makes it a delay warning. */
export function dsnReport(original: string, from: string, recipient: string, opts: { action?: "failed" | "delayed" } = {}): string {
  const delayed = opts.action === "delayed"
  return [
    "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)",
    `To: ${from}`,
    delayed ? "Subject: Delayed Mail (still being retried)" : "Subject: Undelivered Mail Returned to Sender",
    "Auto-Submitted: auto-replied",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="rep-1"',
    `Message-ID: ${ownId("mx.example.net")}`,
    "",
    "--rep-1",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    "This is the mail system at host mx.example.net.",
    "",
    delayed
      ? "####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################"
      : "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.",
    "",
    delayed
      ? `<${recipient}>: connect to mx.example.org[192.0.2.7]:25: Connection timed out`
      : `<${recipient}>: host mx.example.org[192.0.2.7] said: 550 5.1.1 <${recipient}>:\n    Recipient address rejected: User unknown in virtual mailbox table (in reply\n    to RCPT TO command)`,
    "",
    "--rep-1",
    "Content-Description: Delivery report",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.net",
    "Arrival-Date: Sun,  6 Dec 2026 10:00:00 +0000 (UTC)",
    "",
    `Final-Recipient: rfc822; ${recipient}`,
    `Original-Recipient: rfc822;${recipient}`,
    delayed ? "Action: delayed" : "Action: failed",
    delayed ? "Status: 4.4.1" : "Status: 5.1.1",
    "Remote-MTA: dns; mx.example.org",
    delayed
      ? "Diagnostic-Code: X-Postfix; connect to mx.example.org[192.0.2.7]:25: Connection\n    timed out"
      : `Diagnostic-Code: smtp; 550 5.1.1 <${recipient}>: Recipient address rejected:\n    User unknown in virtual mailbox table`,
    "",
    "--rep-1",
    "Content-Description: Undelivered Message Headers",
    "Content-Type: text/rfc822-headers",
    "",
    `From: ${from}`,
    `To: ${recipient}`,
    "Subject: Re: Where is my order",
    `Message-ID: <${original}>`,
    "",
    "--rep-1--",
    "",
  ].join("\r\n")
}

/** Exim's plain-text bounce: no report part, the original quoted after the error. */
export function eximReport(original: string, from: string, recipient: string): string {
  return [
    "From: Mail Delivery System <Mailer-Daemon@relay.example.com>",
    `To: ${from}`,
    "Subject: Mail delivery failed: returning message to sender",
    "Auto-Submitted: auto-replied",
    `X-Failed-Recipients: ${recipient}`,
    "Content-Type: text/plain; charset=us-ascii",
    `Message-ID: ${ownId("relay.example.com")}`,
    "",
    "This message was created automatically by mail delivery software.",
    "",
    "A message that you sent could not be delivered to one or more of its",
    "recipients. This is a permanent error. The following address(es) failed:",
    "",
    `  ${recipient}`,
    `    host mx.example.com [198.51.100.4]`,
    `    SMTP error from remote mail server after RCPT TO:<${recipient}>:`,
    `    550 5.2.2 <${recipient}>: mailbox full`,
    "",
    "------ This is a copy of the message, including all the headers. ------",
    "",
    `Message-ID: <${original}>`,
    `From: ${from}`,
    `To: ${recipient}`,
    "Subject: Re: Where is my order",
    "",
    "It ships today.",
    "",
  ].join("\r\n")
}
