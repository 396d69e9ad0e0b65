import { parseMail } from "../parse"
import { OUR_REPLY_HEADERS, OUR_REPLY_ID, rawMail } from "./fixtures/build-mail"

const QUOTED_ORIGINAL = `${OUR_REPLY_HEADERS}

Hello Jonas, a new lid is on its way.`

/**
 * Each mail is written by hand from the MTA's documented report text; the table reads as: format,
 * the raw mail, what the helpdesk must learn from it.
 */
const BOUNCES: [string, Buffer, { recipient: string; status: string | null; messageId?: null }][] = [
  [
    'qmail ("Hi. This is the qmail-send program"), no DSN, original quoted in the body',
    rawMail(
      {
        "Return-Path": "<>",
        From: "MAILER-DAEMON@mail.kundenpost.example",
        To: "support@shop.example",
        Subject: "failure notice",
        Date: "Tue, 3 Nov 2026 08:14:09 -0000",
        "Message-ID": "<20261103081409.73121.qmail@mail.kundenpost.example>",
      },
      `Hi. This is the qmail-send program at mail.kundenpost.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<jonas.weber@kundenpost.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

${QUOTED_ORIGINAL}
`
    ),
    { recipient: "jonas.weber@kundenpost.example", status: "5.1.1" },
  ],
  [
    "Exim (X-Failed-Recipients, \"This message was created automatically by mail delivery software\")",
    rawMail(
      {
        "Return-path": "<>",
        From: "Mail Delivery System <Mailer-Daemon@mx2.hosting.example>",
        To: "support@shop.example",
        Subject: "Mail delivery failed: returning message to sender",
        "X-Failed-Recipients": "m.rossi@studio-rossi.example",
        "Auto-Submitted": "auto-replied",
        "Message-Id": "<E1qXy7Z-0004Rk-Tq@mx2.hosting.example>",
        Date: "Tue, 03 Nov 2026 09:14:12 +0100",
      },
      `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  m.rossi@studio-rossi.example
    host mx.studio-rossi.example [198.51.100.7]
    SMTP error from remote mail server after RCPT TO:<m.rossi@studio-rossi.example>:
    550 5.1.1 <m.rossi@studio-rossi.example>: Recipient address rejected: User unknown

------ This is a copy of the message, including all the headers. ------

${QUOTED_ORIGINAL.replace("jonas.weber@kundenpost.example", "m.rossi@studio-rossi.example")}
`
    ),
    { recipient: "m.rossi@studio-rossi.example", status: "5.1.1" },
  ],
  [
    "Postfix (RFC 3464 multipart/report with message/delivery-status and text/rfc822-headers, RFC 3462)",
    rawMail(
      {
        "Return-Path": "<>",
        From: "MAILER-DAEMON@smtp.lagerhaus.example (Mail Delivery System)",
        To: "support@shop.example",
        Subject: "Undelivered Mail Returned to Sender",
        "Auto-Submitted": "auto-replied",
        "MIME-Version": "1.0",
        "Content-Type": 'multipart/report; report-type=delivery-status; boundary="7A1C2F4E9.1604391249/smtp.lagerhaus.example"',
        "Message-Id": "<20261103081409.7A1C2F4E9@smtp.lagerhaus.example>",
        Date: "Tue,  3 Nov 2026 09:14:09 +0100 (CET)",
      },
      `This is a MIME-encapsulated message.

--7A1C2F4E9.1604391249/smtp.lagerhaus.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp.lagerhaus.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<einkauf@lagerhaus.example>: host mx.lagerhaus.example[203.0.113.25] said:
    552 5.2.2 Mailbox full (in reply to RCPT TO command)

--7A1C2F4E9.1604391249/smtp.lagerhaus.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.lagerhaus.example
X-Postfix-Queue-ID: 7A1C2F4E9
Arrival-Date: Tue,  3 Nov 2026 09:14:02 +0100 (CET)

Final-Recipient: rfc822; einkauf@lagerhaus.example
Original-Recipient: rfc822;einkauf@lagerhaus.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.lagerhaus.example
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--7A1C2F4E9.1604391249/smtp.lagerhaus.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

${OUR_REPLY_HEADERS}

--7A1C2F4E9.1604391249/smtp.lagerhaus.example--
`
    ),
    { recipient: "einkauf@lagerhaus.example", status: "5.2.2" },
  ],
  [
    'Sendmail ("The original message was received at", "----- The following addresses had permanent fatal errors -----")',
    rawMail(
      {
        From: "Mail Delivery Subsystem <MAILER-DAEMON@relay.verlag.example>",
        To: "<support@shop.example>",
        Subject: "Returned mail: see transcript for details",
        "Auto-Submitted": "auto-generated (failure)",
        Date: "Tue, 3 Nov 2026 09:15:00 +0100",
        "Message-Id": "<202611030815.3A38F0Pq011733@relay.verlag.example>",
      },
      `The original message was received at Tue, 3 Nov 2026 09:14:03 +0100
from app.shop.example [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<k.nowak@verlag.example>
    (reason: 550 5.7.1 <k.nowak@verlag.example>... Relaying denied)

   ----- Transcript of session follows -----
... while talking to mail.verlag.example.:
>>> RCPT To:<k.nowak@verlag.example>
<<< 550 5.7.1 <k.nowak@verlag.example>... Relaying denied
550 5.1.1 <k.nowak@verlag.example>... User unknown

   ----- Original message follows -----

${QUOTED_ORIGINAL}
`
    ),
    { recipient: "k.nowak@verlag.example", status: "5.7.1" },
  ],
  [
    'Gmail ("Delivery to the following recipient failed permanently"), message/rfc822 attached',
    rawMail(
      {
        From: "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        To: "support@shop.example",
        Subject: "Delivery Status Notification (Failure)",
        "MIME-Version": "1.0",
        "Content-Type": 'multipart/mixed; boundary="000000000000a1b2c3"',
        Date: "Tue, 03 Nov 2026 00:14:10 -0800",
        "Message-ID": "<5fa1b2c3.1c69fb81.d4e5.0f3aSMTPIN_ADDED_MISSING@mx.google.com>",
      },
      `--000000000000a1b2c3
Content-Type: text/plain; charset="UTF-8"

Delivery to the following recipient failed permanently:

     lena.fischer.shop@gmail.com

Technical details of permanent failure:
The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.
550-5.1.1 The email account that you tried to reach does not exist.

--000000000000a1b2c3
Content-Type: message/rfc822

${OUR_REPLY_HEADERS}

Hello Lena, your refund is on its way.
--000000000000a1b2c3--
`
    ),
    { recipient: "lena.fischer.shop@gmail.com", status: "5.1.1" },
  ],
  [
    'Microsoft Exchange ("Delivery has failed to these recipients or groups"), postmaster sender, no DSN part',
    rawMail(
      {
        From: "Microsoft Outlook <postmaster@contoso-handel.example>",
        To: "<support@shop.example>",
        Subject: "Undeliverable: Re: Lid arrived cracked [#104233]",
        "Content-Type": "text/plain; charset=us-ascii",
        Date: "Tue, 3 Nov 2026 08:14:20 +0000",
        "Message-ID": "<a7f3e2c1-0b9d-4e55-9c1a-5d2f8e7b6a41@contoso-handel.example>",
      },
      `Delivery has failed to these recipients or groups:

p.dubois@contoso-handel.example (p.dubois@contoso-handel.example)
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:

Generating server: EX01.contoso-handel.example

p.dubois@contoso-handel.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

${OUR_REPLY_HEADERS}
`
    ),
    { recipient: "p.dubois@contoso-handel.example", status: "5.1.10" },
  ],
  [
    'Lotus/Domino ("DELIVERY FAILURE:", "was not delivered to"), sent from the mail router',
    rawMail(
      {
        From: "Mail Router <postmaster@notes.fabrik.example>",
        To: "support@shop.example",
        Subject: "DELIVERY FAILURE: User h.jansen (h.jansen@fabrik.example) not listed in Domino Directory",
        Date: "Tue, 3 Nov 2026 09:16:00 +0100",
        "Message-ID": "<OF1A2B3C4D.5E6F7A8B-ONC1258A1B.0029F2D1@notes.fabrik.example>",
      },
      `Your message

  Subject: Re: Lid arrived cracked [#104233]

was not delivered to:

  h.jansen@fabrik.example

because:

  User h.jansen (h.jansen@fabrik.example) not listed in Domino Directory
`
    ),
    { recipient: "h.jansen@fabrik.example", status: null, messageId: null },
  ],
  [
    "a mailing-list server's report from an ordinary address with Precedence: bulk (not bulk mail)",
    rawMail(
      {
        From: "lists-owner@lists.verein.example",
        To: "support@shop.example",
        Subject: "Undelivered Mail Returned to Sender",
        Precedence: "bulk",
        "List-Id": "<mitglieder.lists.verein.example>",
        "MIME-Version": "1.0",
        "Content-Type": 'multipart/mixed; boundary="lst"',
        Date: "Tue, 3 Nov 2026 09:16:30 +0100",
      },
      `--lst
Content-Type: text/plain

This is the mail system at host lists.verein.example.

Your message could not be delivered to one or more recipients.

<kassenwart@verein.example>: 550 5.1.1 mailbox unavailable

--lst
Content-Type: text/rfc822-headers

${OUR_REPLY_HEADERS}
--lst--
`
    ),
    { recipient: "kassenwart@verein.example", status: "5.1.1" },
  ],
  [
    'OpenSMTPD ("Hi! This is the MAILER-DAEMON at", Return-Path: <MAILER-DAEMON>, no From daemon)',
    rawMail(
      {
        "Return-Path": "<MAILER-DAEMON>",
        From: "Delivery Agent <noreply@relay.werkstatt.example>",
        To: "support@shop.example",
        Subject: "Delivery status notification: error",
        "Content-Type": 'multipart/mixed; boundary="16041234.smtpd"',
      },
      `--16041234.smtpd
Content-Type: text/plain; charset=us-ascii

Hi!

This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.

An error has occurred while attempting to deliver a message for
the following list of recipients:

anke@werkstatt.example: 550 5.1.1 Invalid recipient: anke@werkstatt.example

--16041234.smtpd
Content-Type: message/rfc822

${OUR_REPLY_HEADERS}

Hello Anke.
--16041234.smtpd--
`
    ),
    { recipient: "anke@werkstatt.example", status: "5.1.1" },
  ],
  [
    "Courier (\"running the Courier mail server\"), sender without a local part",
    rawMail(
      {
        From: "Courier mail server at mx.fernost.example <@>",
        To: "support@shop.example",
        Subject: "NOTICE: mail delivery status.",
        "Content-Type": 'multipart/mixed; boundary="=_courier-1"',
      },
      `--=_courier-1
Content-Type: text/plain; charset=iso-8859-1

This is a delivery status notification from mx.fernost.example,
running the Courier mail server, version 1.1.

The original message was received on Tue, 03 Nov 2026 17:14:03 +0900
from app.shop.example [192.0.2.10]

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<hanako@fernost.example>:
    mx.fernost.example [203.0.113.80]:
>>> RCPT TO:<hanako@fernost.example>
<<< 550 5.1.1 <hanako@fernost.example>... User Unknown

--=_courier-1
Content-Type: text/rfc822-headers

${OUR_REPLY_HEADERS}
--=_courier-1--
`
    ),
    { recipient: "hanako@fernost.example", status: "5.1.1" },
  ],
  [
    "a Japanese carrier's report (subject 「配信エラー」 in ISO-2022-JP, null sender)",
    rawMail(
      {
        "Return-Path": "<>",
        From: "postmaster@ezweb.example.jp",
        To: "support@shop.example",
        Subject: "=?ISO-2022-JP?B?GyRCR1s/LiUoJWkhPBsoQg==?=",
        Date: "Tue, 3 Nov 2026 17:16:00 +0900",
      },
      `The following recipients could not receive this message:
<taro.yamada@ezweb.example.jp>
550 5.1.1 unknown user

Message-ID: <${OUR_REPLY_ID}>
`
    ),
    { recipient: "taro.yamada@ezweb.example.jp", status: "5.1.1" },
  ],
]

describe("parseMail on bounces from different mail servers", () => {
  it.each(BOUNCES)("reads %s as a bounce with its recipient, status and original Message-ID", async (_format, raw, want) => {
    const mail = await parseMail(raw, { ownAddresses: ["support@shop.example"] })
    expect(mail.auto).toBe("bounce")
    // Domino names the original only by its subject: no Message-ID to find
    const messageId = want.messageId === null ? null : OUR_REPLY_ID
    expect(mail.delivery).toEqual({ action: "failed", recipient: want.recipient, status: want.status, messageId })
    expect(mail.bouncedMessageId).toBe(messageId)
  })
})

const DELAYS: [string, Buffer, { recipient: string; status: string | null }][] = [
  [
    "Postfix's delay warning (RFC 3464 Action: delayed, \"Delayed Mail (still being retried)\")",
    rawMail(
      {
        "Return-Path": "<>",
        From: "MAILER-DAEMON@smtp.lagerhaus.example (Mail Delivery System)",
        To: "support@shop.example",
        Subject: "Delayed Mail (still being retried)",
        "MIME-Version": "1.0",
        "Content-Type": 'multipart/report; report-type=delivery-status; boundary="D1"',
      },
      `--D1
Content-Type: text/plain

This is the mail system at host smtp.lagerhaus.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<einkauf@lagerhaus.example>: connect to mx.lagerhaus.example[203.0.113.25]:25: Connection timed out

--D1
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.lagerhaus.example

Final-Recipient: rfc822; einkauf@lagerhaus.example
Action: delayed
Status: 4.4.1
Will-Retry-Until: Sun, 8 Nov 2026 09:14:02 +0100 (CET)

--D1
Content-Type: text/rfc822-headers

${OUR_REPLY_HEADERS}
--D1--
`
    ),
    { recipient: "einkauf@lagerhaus.example", status: "4.4.1" },
  ],
  [
    'Exim\'s warning ("has not yet been delivered", "No action is required on your part")',
    rawMail(
      {
        From: "Mail Delivery System <Mailer-Daemon@mx2.hosting.example>",
        To: "support@shop.example",
        Subject: "Warning: message 1qXy7Z-0004Rk-Tq delayed 24 hours",
        "Auto-Submitted": "auto-replied",
      },
      `This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mx2.hosting.example.

The message identifier is:     1qXy7Z-0004Rk-Tq
The subject of the message is: Re: Lid arrived cracked [#104233]

The address to which the message has not yet been delivered is:

  m.rossi@studio-rossi.example
    host mx.studio-rossi.example [198.51.100.7]
    Delay reason: SMTP error from remote mail server after RCPT TO:<m.rossi@studio-rossi.example>:
    451 4.7.1 Greylisted, please try again later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.

Message-ID: <${OUR_REPLY_ID}>
`
    ),
    { recipient: "m.rossi@studio-rossi.example", status: "4.7.1" },
  ],
  [
    'Gmail\'s "Delivery Status Notification (Delay)"',
    rawMail(
      {
        From: "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        To: "support@shop.example",
        Subject: "Delivery Status Notification (Delay)",
      },
      `This is an automatically generated Delivery Status Notification

THIS IS A WARNING MESSAGE ONLY.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     info@weingut-berger.example

Message will be retried for 2 more day(s)

Technical details of temporary failure:
The recipient server did not accept our requests to connect.

----- Original message -----

${QUOTED_ORIGINAL}
`
    ),
    { recipient: "info@weingut-berger.example", status: null },
  ],
  [
    "an appliance's plain-text report that carries RFC 3464 fields (Action: delayed) without multipart/report",
    rawMail(
      {
        "Return-Path": "<>",
        From: "Mail Gateway <postmaster@gw.stadtwerke.example>",
        To: "support@shop.example",
        Subject: "Delivery Status Notification",
      },
      `Your message has not been delivered yet. The gateway keeps trying.

Reporting-MTA: dns; gw.stadtwerke.example
Final-Recipient: rfc822; buchhaltung@stadtwerke.example
Action: delayed
Status: 4.2.2

----- Original message -----
${OUR_REPLY_HEADERS}
`
    ),
    { recipient: "buchhaltung@stadtwerke.example", status: "4.2.2" },
  ],
]

describe("parseMail on delay warnings", () => {
  it.each(DELAYS)("reads %s as a delay, not a bounce", async (_format, raw, want) => {
    const mail = await parseMail(raw, { ownAddresses: ["support@shop.example"] })
    expect(mail.auto).toBe("auto-reply")
    expect(mail.bouncedMessageId).toBeNull()
    expect(mail.delivery).toEqual({ action: "delayed", recipient: want.recipient, status: want.status, messageId: OUR_REPLY_ID })
  })
})

describe("parseMail on delivery-status reports that are not failures", () => {
  it("files an RFC 3464 success notice (Action: delivered) as automatic mail without a bounce", async () => {
    const raw = rawMail(
      {
        From: "postmaster@mx.kundenpost.example",
        To: "support@shop.example",
        Subject: "Delivery Status Notification (Success)",
        "Content-Type": 'multipart/report; report-type=delivery-status; boundary="S"',
      },
      `--S\nContent-Type: text/plain\n\nYour message was delivered.\n--S\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.kundenpost.example\n\nFinal-Recipient: rfc822; jonas.weber@kundenpost.example\nAction: delivered\nStatus: 2.0.0\n--S--\n`
    )
    const mail = await parseMail(raw)
    expect(mail.auto).toBe("auto-reply")
    expect(mail.delivery).toBeNull()
  })
})

describe("parseMail on final bounces that quote words of a delay", () => {
  it('reads "Undeliverable: Re: Shipping delayed" whose quoted original says "we will retry" as a bounce', async () => {
    const raw = rawMail(
      {
        From: "MAILER-DAEMON@mx.kundenpost.example",
        To: "support@shop.example",
        Subject: "Undeliverable: Re: Shipping delayed [#104233]",
      },
      `This is the mail system at host mx.kundenpost.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<jonas.weber@kundenpost.example>: 550 5.1.1 User unknown

--- Below this line is a copy of the message.

${OUR_REPLY_HEADERS}

Hello Jonas, the carrier lost the parcel; we will retry the shipment tomorrow.
`
    )
    const mail = await parseMail(raw)
    expect(mail.auto).toBe("bounce")
    expect(mail.delivery).toMatchObject({ action: "failed", recipient: "jonas.weber@kundenpost.example", status: "5.1.1", messageId: OUR_REPLY_ID })
  })
})

describe("parseMail on a report that names the original sender first", () => {
  it("takes the failed recipient, not the report's addressee, even without the helpdesk's own addresses (Yahoo's form)", async () => {
    const raw = rawMail(
      {
        From: "MAILER-DAEMON@yahoo.example",
        To: "support@shop.example",
        Subject: "Failure Notice",
      },
      `Sorry, we were unable to deliver your message from support@shop.example to the following address.

<anna.k@yahoo.example>:
554: delivery error: dd This user doesn't have a yahoo.example account (anna.k@yahoo.example) [0] - mta1042.mail.yahoo.example

--- Below this line is a copy of the message.

${OUR_REPLY_HEADERS}
`
    )
    const mail = await parseMail(raw)
    expect(mail.auto).toBe("bounce")
    expect(mail.delivery).toEqual({ action: "failed", recipient: "anna.k@yahoo.example", status: null, messageId: OUR_REPLY_ID })
  })
})
