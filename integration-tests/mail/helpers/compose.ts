import MailComposer from "nodemailer/lib/mail-composer"
import type Mail from "nodemailer/lib/mailer"

/** A real MIME message, built the way a customer's mail program would. */
export async function compose(options: Mail.Options): Promise<Buffer> {
  return new MailComposer({ date: new Date(), ...options }).compile().build()
}

/** A delivery status notification (RFC 3464) for a message that could not be delivered. */
export function bounceFor(originalMessageId: string, to: string): string {
  return [
    "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>",
    `To: ${to}`,
    "Subject: Undelivered Mail Returned to Sender",
    "Auto-Submitted: auto-replied",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    `Message-ID: <bounce-${Date.now()}@mx.example.net>`,
    "",
    "--b1",
    "Content-Type: text/plain",
    "",
    "I'm sorry to have to inform you that your message could not be delivered.",
    "",
    "--b1",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.net",
    "",
    "Final-Recipient: rfc822; gone@example.org",
    "Action: failed",
    "Status: 5.1.1",
    "",
    "--b1",
    "Content-Type: text/rfc822-headers",
    "",
    `From: ${to}`,
    "To: gone@example.org",
    "Subject: Re: Where is my order",
    `Message-ID: <${originalMessageId}>`,
    "",
    "--b1--",
    "",
  ].join("\r\n")
}
