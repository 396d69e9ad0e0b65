import { extractReply } from "../reply"

const body = "The lid of my kettle broke again.\nCan you send a new one?"

describe("extractReply", () => {
  it("drops an English reply header and the quote below it", () => {
    const mail = `${body}\n\nOn Mon, 3 Jun 2024 at 10:15, Shop Support <support@shop.example> wrote:\n> Hello,\n> is it broken again?\n`
    expect(extractReply(mail)).toBe(body)
  })

  it("handles reply headers wrapped over several lines", () => {
    expect(extractReply(`${body}\n\nOn Mon, Jun 3, 2024 at 10:15 AM Shop Support <\nsupport@shop.example> wrote:\n\n> Hi\n`)).toBe(body)
    expect(extractReply(`${body}\n\nOn Jun 3, 2024, at 10:15, Shop Support\n<support@shop.example>\nwrote:\n\n> Hi\n`)).toBe(body)
    expect(extractReply(`${body}\n\nLe lun. 3 juin 2024 à 10:15, Support <support@shop.example>\na écrit :\n\n> Bonjour\n`)).toBe(body)
  })

  it("understands Russian and other languages' reply headers", () => {
    for (const header of [
      "3 июня 2024 г., 10:15 пользователь Служба поддержки <support@shop.example> написал:",
      "03.06.2024 10:15, Служба поддержки пишет:",
      "Понедельник, 3 июня 2024, 10:15 +03:00 от Служба поддержки <support@shop.example>:",
      "пн, 3 июн. 2024 г. в 10:15, Служба поддержки <support@shop.example>:",
      "Иван Петров <ivan@example.ru> написал(а):",
      "Am 03.06.2024 um 10:15 schrieb Support <support@shop.example>:",
      "El 3 jun 2024, a las 10:15, Support <support@shop.example> escribió:",
      "Il giorno 3 giugno 2024 10:15, Support <support@shop.example> ha scritto:",
      "Em 3 de junho de 2024 às 10:15, Support <support@shop.example> escreveu:",
      "Op 3 jun. 2024 om 10:15 heeft Support <support@shop.example> het volgende geschreven:",
      "W dniu 3 czerwca 2024 10:15 użytkownik Support <support@shop.example> napisał:",
      "Den 3. jun. 2024 kl. 10.15 skrev Support <support@shop.example>:",
      "ma 3.6.2024 klo 10.15 Support <support@shop.example> kirjoitti:",
      "2024-06-03 10:15 GMT+02:00 Support <support@shop.example>:",
      "在 2024年6月3日，上午10:15，Support <support@shop.example> 写道：",
    ]) {
      expect(extractReply(`${body}\n\n${header}\n\nOriginal text that is not quoted.\n`)).toBe(body)
      expect(extractReply(`${body}\n\n${header}\n> Quoted text.\n`)).toBe(body)
    }
  })

  it("cuts Outlook original-message blocks and forwards", () => {
    expect(
      extractReply(`${body}\n\n-----Original Message-----\nFrom: Support <support@shop.example>\nSent: Monday, June 3, 2024 10:15 AM\nTo: Anna\nSubject: RE: Kettle\n\nHello Anna\n`)
    ).toBe(body)
    expect(
      extractReply(`${body}\n________________________________\nFrom: Shop Support\nSent: Monday, June 3, 2024 10:15\nTo: Anna Example\nSubject: Kettle\n\nHello Anna\n`)
    ).toBe(body)
    expect(
      extractReply(`${body}\n\n*From:* Shop Support [mailto:support@shop.example]\n*Sent:* Monday, June 3, 2024 10:15 AM\n*To:* anna@example.org\n\nHello\n`)
    ).toBe(body)
    expect(
      extractReply(`${body}\n\nОт: Служба поддержки <support@shop.example>\nОтправлено: 3 июня 2024 г. 10:15\nКому: Анна\nТема: Чайник\n\nЗдравствуйте\n`)
    ).toBe(body)
    expect(extractReply(`See below.\n\n---------- Forwarded message ---------\nFrom: A <a@example.com>\nDate: Mon, Jun 3, 2024\n\nOld text\n`)).toBe("See below.")
    expect(extractReply(`See below.\n\nBegin forwarded message:\n\nFrom: A <a@example.com>\nSubject: x\n\nOld text\n`)).toBe("See below.")
  })

  it("strips signatures and mobile footers but keeps look-alikes in the text", () => {
    expect(extractReply(`${body}\n\n-- \nAnna Example\nExample GmbH\n`)).toBe(body)
    expect(extractReply(`${body}\n\nBest regards,\nAnna Example\nHead of Kitchen\n`)).toBe(body)
    expect(extractReply(`${body}\n\nС уважением,\nАнна\n`)).toBe(body)
    expect(extractReply(`${body}\n\nSent from my iPhone\n`)).toBe(body)
    expect(extractReply(`${body}\n\nОтправлено с iPhone\n`)).toBe(body)
    expect(extractReply(`${body}\n\nGet Outlook for Android<https://aka.ms/ghei36>\n`)).toBe(body)
    expect(extractReply(`${body}\n\n-Anna\n`)).toBe(body)

    const lookalikes = "I wrote this with regards to the kettle.\nSent from my desk, which is easier than my phone.\nOn the other hand, it is fine.\n----\nA markdown rule above."
    expect(extractReply(lookalikes)).toBe(lookalikes)
  })

  it("keeps inline answers between quotes and drops the quotes", () => {
    const mail = `On Mon, Jun 3, 2024 at 10:15 AM Support <support@shop.example> wrote:\n> Which model is it?\n\nThe K-200.\n\n> When did you buy it?\n\nIn May.\n`
    expect(extractReply(mail)).toBe("The K-200.\n\nIn May.")
  })

  it("returns an empty string for a message that is only a quote", () => {
    expect(extractReply("> just a quote\n> nothing else\n")).toBe("")
    expect(extractReply("")).toBe("")
  })
})
