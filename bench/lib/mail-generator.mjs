// Real-world-like support mail, generated deterministically: plain and HTML
// requests, replies with quoted history (threaded by In-Reply-To), mail with
// attachments, Russian mail in UTF-8, windows-1251 and KOI8-R, and a few
// auto-replies and bulk mails. Sizes follow typical support traffic.
import MailComposer from "nodemailer/lib/mail-composer"
import iconv from "iconv-lite"

function rng(seed) {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const EN = "order delivery parcel refund size colour broken arrived late tracking invoice payment card address exchange return warranty discount code account password coupon shipping courier box damaged missing item wrong".split(" ")
const RU = "заказ доставка посылка возврат размер цвет сломан пришёл поздно трек счёт оплата карта адрес обмен гарантия скидка промокод аккаунт пароль курьер коробка повреждён товар".split(" ")
const NAMES = ["Anna", "Ben", "Chloe", "Dmitry", "Elena", "Farid", "Grace", "Hiro", "Ivan", "Julia", "Karl", "Lena", "Marco", "Nina", "Olga", "Pavel"]

/** The transport headers every real mail carries: relays, DKIM, authentication results. */
function transportHeaders(random, from, date) {
  const domain = from.split("@")[1]
  const hex = (n) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join("")
  const b64 = (n) => Buffer.from(hex(n)).toString("base64").slice(0, n)
  return {
    Received: [
      `from mx${Math.floor(random() * 9)}.${domain} (mx.${domain} [203.0.113.${Math.floor(random() * 250)}]) by mail.shop.test (Postfix) with ESMTPS id ${hex(10).toUpperCase()} for <support@shop.test>; ${date.toUTCString()}`,
      `from [10.0.0.${Math.floor(random() * 250)}] (unknown [198.51.100.${Math.floor(random() * 250)}]) by mx.${domain} with ESMTPSA id ${hex(16)} (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256); ${date.toUTCString()}`,
    ],
    "DKIM-Signature": `v=1; a=rsa-sha256; c=relaxed/relaxed; d=${domain}; s=s1; h=from:to:subject:date:message-id:mime-version; bh=${b64(44)}; b=${b64(340)}`,
    "Authentication-Results": `mail.shop.test; dkim=pass header.d=${domain} header.s=s1 header.b=${b64(8)}; spf=pass (mail.shop.test: domain of ${from} designates 203.0.113.7 as permitted sender) smtp.mailfrom=${from}; dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=${domain}`,
    "X-Mailer": "Apple Mail (2.3774.600.62)",
  }
}

export function generateMails(count, { to = "support@shop.test", seed = 42 } = {}) {
  const random = rng(seed)
  const pick = (list) => list[Math.floor(random() * list.length)]
  const words = (list, n) => Array.from({ length: n }, () => pick(list)).join(" ")
  const paragraph = (list) => {
    const s = words(list, 8 + Math.floor(random() * 30))
    return s.charAt(0).toUpperCase() + s.slice(1) + "."
  }
  const sentMail = []
  const mails = []
  for (let i = 0; i < count; i++) {
    const roll = random()
    const name = pick(NAMES)
    const from = `${name.toLowerCase()}.${Math.floor(random() * 600)}@example${Math.floor(random() * 5)}.com`
    const messageId = `<bench-${seed}-${i}@${from.split("@")[1]}>`
    const date = new Date(Date.UTC(2026, 10, 1) + i * 60_000)
    const signature = `\n\n-- \n${name}\nSent from my phone`
    let mail
    if (roll < 0.15 && sentMail.length) {
      const original = pick(sentMail)
      const quoted = original.text.split("\n").map((l) => `> ${l}`).join("\n")
      mail = {
        from: original.from, to, subject: `Re: ${original.subject}`, messageId, date,
        inReplyTo: original.messageId, references: [original.messageId],
        text: `${paragraph(EN)}\n\n${paragraph(EN)}${signature}\n\nOn ${original.date.toUTCString()}, Support <${to}> wrote:\n${quoted}`,
      }
    } else if (roll < 0.35) {
      const body = Array.from({ length: 3 + Math.floor(random() * 8) }, () => paragraph(EN))
      mail = {
        from: `"${name}" <${from}>`, to, subject: `${pick(EN)} ${pick(EN)} question`, messageId, date,
        text: body.join("\n\n"),
        html: `<html><head><style>p{font-family:Arial;color:#333}</style></head><body><table width="100%"><tr><td>${body
          .map((p) => `<p style="margin:0 0 12px">${p}</p>`)
          .join("")}</td></tr></table><div class="gmail_signature">${name}<br><a href="https://example.com">example.com</a></div></body></html>`,
      }
    } else if (roll < 0.43) {
      const size = 4 * (5_000 + Math.floor(random() * 45_000))
      const content = Buffer.alloc(size)
      for (let b = 0; b < size; b += 4) content.writeUInt32LE(Math.floor(random() * 0xffffffff), b)
      const kind = pick([["invoice.pdf", "application/pdf"], ["photo.jpg", "image/jpeg"], ["screenshot.png", "image/png"]])
      mail = {
        from: `"${name}" <${from}>`, to, subject: `Photo of the ${pick(EN)}`, messageId, date,
        text: `${paragraph(EN)}\n\nSee attached.${signature}`,
        attachments: [{ filename: kind[0], contentType: kind[1], content }],
      }
    } else if (roll < 0.50) {
      const charset = pick(["utf-8", "windows-1251", "koi8-r"])
      const text = `${paragraph(RU)}\n\n${paragraph(RU)}\n\n-- \n${name}`
      const subject = `Вопрос про ${pick(RU)}`
      mails.push(
        Buffer.concat([
          Buffer.from(
            [
              ...Object.entries(transportHeaders(random, from, date)).flatMap(([k, v]) => [v].flat().map((x) => `${k}: ${x}`)),
              `From: ${name} <${from}>`,
              `To: ${to}`,
              `Subject: =?${charset}?B?${iconv.encode(subject, charset).toString("base64")}?=`,
              `Message-ID: ${messageId}`,
              `Date: ${date.toUTCString()}`,
              "MIME-Version: 1.0",
              `Content-Type: text/plain; charset=${charset}`,
              "Content-Transfer-Encoding: 8bit",
              "",
              "",
            ].join("\r\n")
          ),
          iconv.encode(text.replace(/\n/g, "\r\n"), charset),
        ])
      )
      continue
    } else if (roll < 0.53) {
      mail = { from, to, subject: `Out of office: ${pick(EN)}`, messageId, date, headers: { "Auto-Submitted": "auto-replied" }, text: "I am out of the office until Monday." }
    } else if (roll < 0.55) {
      mail = { from: `news@shop${i % 3}.example`, to, subject: "Weekly deals", messageId, date, headers: { Precedence: "bulk", "List-Unsubscribe": "<mailto:u@shop.example>" }, text: paragraph(EN) }
    } else {
      mail = {
        from: `"${name}" <${from}>`, to, subject: `${pick(EN)} ${pick(EN)}`, messageId, date,
        text: `Hello,\n\n${paragraph(EN)}\n\n${paragraph(EN)}\n\nThanks${signature}`,
      }
      sentMail.push({ ...mail, from: `"${name}" <${from}>` })
    }
    mail.headers = { ...transportHeaders(random, from, date), ...(mail.headers ?? {}) }
    mails.push(new MailComposer(mail).compile().build())
  }
  return Promise.all(mails)
}
