import { extractReply } from "../reply"

/** Signatures in the forms mail clients and people write them, and text that only looks like one. */
const body = "The lid of my kettle broke again.\nCan you send a new one?"

describe("extractReply: mobile and client footers", () => {
  it.each([
    "Sent from my iPhone",
    "Sent from my iPad",
    "Sent from my Galaxy",
    "Sent from my Samsung Galaxy smartphone.",
    "Sent from my Huawei phone",
    "Sent from my BlackBerry 10 smartphone.",
    "Sent from my BlackBerry® wireless device",
    "Sent from Mail for Windows",
    "Sent from Mail<https://go.microsoft.com/fwlink/?LinkId=550986> for Windows 10",
    "Sent from Yahoo Mail on Android",
    "Sent from Yahoo Mail for iPhone<https://overview.mail.yahoo.com/?.src=iOS>",
    "Get Outlook for iOS<https://aka.ms/o0ukef>",
    "Get Outlook for Android",
    "Enviado desde mi iPhone",
    "Enviado desde mi Samsung Galaxy",
    "Envoyé de mon iPhone",
    "Envoyé de mon appareil Galaxy",
    "Von meinem iPhone gesendet",
    "Von meinem Huawei Telefon gesendet",
    "Verzonden vanaf mijn iPhone",
    "Inviato da iPhone",
    "Inviato dal mio dispositivo Galaxy",
    "Отправлено с iPhone",
    "Отправлено из мобильной Почты Mail.ru",
    "Sent via mobile",
    "via mobile",
    "Sent from mobile",
    "Enviado do meu iPhone",
    "Skickat från min iPhone",
    "Wysłane z mojego iPhone'a",
    "Sent from my Verizon, Samsung Galaxy smartphone",
    "Sent with Proton Mail secure email.",
    "Надіслано з iPhone",
    "Trimis de pe iPhone-ul meu",
    "내 iPhone에서 보냄",
    "发自我的iPhone",
    "Sent from Xfinity Connect Mobile App",
    "Obtener Outlook para iOS<https://aka.ms/o0ukef>",
    "Outlook für Android herunterladen<https://aka.ms/ghei36>",
  ])("%s", (footer) => {
    expect(extractReply(`${body}\n\n${footer}\n`)).toBe(body)
    expect(extractReply(`${body}\n\n${footer}\n\nOn 3 Jun 2024, at 10:15, Shop <support@shop.example> wrote:\n> Hi\n`)).toBe(body)
  })
})

describe("extractReply: signature blocks", () => {
  it("cuts at the '-- ' delimiter", () => {
    expect(extractReply(`${body}\n\n-- \nAnna Example\nExample GmbH | Berlin\n`)).toBe(body)
  })

  it("drops a name, title, phone and web block after the text", () => {
    const signature = "Anna Example\nHead of Purchasing | Example GmbH\nTel: +49 30 1234 5678\nwww.example.org"
    expect(extractReply(`${body}\n\n${signature}\n`)).toBe(body)
  })

  it("drops a name and phone block after a closing", () => {
    expect(extractReply(`${body}\n\nKind regards\nAnna Example\nMobile: +44 7700 900123\nhttps://example.org\n`)).toBe(body)
  })

  it("drops a one-line card with the contact line below it", () => {
    expect(extractReply(`${body}\n\nAnna Example | Purchasing Manager | Example GmbH\n+49 30 1234 5678 | www.example.org\n`)).toBe(body)
  })

  it("drops a card that follows the last sentence without a blank line", () => {
    expect(extractReply(`${body}\nAnna Example\nExample GmbH\nTel. +49 30 1234 5678\n`)).toBe(body)
  })

  it("drops a contact block written with labels in another language", () => {
    const signature = "Jan de Vries\nInkoper\nT: 020 123 4567\nE: jan@example.nl\nW: https://example.nl"
    expect(extractReply(`${body}\n\n${signature}\n`)).toBe(body)
  })
})

describe("extractReply: text that looks like a signature or history but is the person's", () => {
  it("keeps 'Sent from my phone …' inside the message", () => {
    const mail = "I sent the photos yesterday.\nSent from my phone because I was away, sorry for the quality.\nThe crack is on the left side."
    expect(extractReply(mail)).toBe(mail)
    const mid = "The box arrived open.\nSent from my phone because I was away\nThe lid was missing too."
    expect(extractReply(mid)).toBe(mid)
    const app = "The refund was\nsent from the bank app\nbut it never arrived."
    expect(extractReply(app)).toBe(app)
    const paid = "I paid\nvia mobile\nyesterday evening, and the money is gone."
    expect(extractReply(paid)).toBe(paid)
  })

  it("keeps a sentence that starts like a footer, even at the end of the message", () => {
    const mail = "I ordered two kettles.\nSent from my account the order went to the old address, sorry."
    expect(extractReply(mail)).toBe(mail)
  })

  it("keeps a short message that is only a thank-you and a name", () => {
    expect(extractReply("Thanks, John")).toBe("Thanks, John")
    expect(extractReply("Thanks,\nJohn")).toBe("Thanks,\nJohn")
  })

  it("keeps a route written as From/To/Date lines", () => {
    const mail = "Please change the delivery:\n\nFrom: Berlin\nTo: Munich\nDate: 3 June\n\nThe parcel is not there yet."
    expect(extractReply(mail)).toBe(mail)
  })

  it("keeps a phone number and a link that are part of the request", () => {
    const mail = "Please call me back about order 1042.\n\nMy number is +49 30 1234 5678\nThe photos: https://example.org/photos"
    expect(extractReply(mail)).toBe(mail)
  })

  it("keeps a name, address and phone the person gives for delivery", () => {
    const mail = "Please send the new lid to:\n\nAnna Example\nExample Street 5, 10115 Berlin\n+49 30 1234 5678"
    expect(extractReply(mail)).toBe(mail)
  })

  it("keeps a sentence that starts like a reply header", () => {
    const mail = "On Monday the courier came twice.\nAnna wrote: the box was empty.\nPlease check it."
    expect(extractReply(mail)).toBe(mail)
  })

  it("keeps a list of items the customer signs as contact details", () => {
    const mail = "I need these parts:\n\nLid K-200\nFilter K-200\nBase K-200"
    expect(extractReply(mail)).toBe(mail)
  })
})
