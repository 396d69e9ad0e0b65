import { extractReply } from "../reply"

/**
 * Quoted history in the forms mail clients write it, one case per form. The addresses, names and
 * texts are made up here; the header shapes follow what the clients print in each language.
 */
const body = "The lid of my kettle broke again.\nCan you send a new one?"
const quote = "> Hello Anna,\n> which model is it?\n"
const original = "Hello Anna,\nwhich model is it?\n\nShop Support\n"

/** The reply must be `body` whether the history below the header is quoted or not. */
const expectCut = (header: string) => {
  expect(extractReply(`${body}\n\n${header}\n${quote}`)).toBe(body)
  expect(extractReply(`${body}\n\n${header}\n\n${original}`)).toBe(body)
}

describe("extractReply: localized 'On … wrote:' headers", () => {
  it.each<[string, string]>([
    ["English (Gmail)", "On Mon, Jun 3, 2024 at 10:15 AM Shop Support <support@shop.example> wrote:"],
    ["English (Apple Mail)", "On 3 Jun 2024, at 10:15, Shop Support <support@shop.example> wrote:"],
    ["English (Thunderbird)", "On 03/06/2024 10:15, Shop Support wrote:"],
    ["English (Yahoo)", "On Monday, June 3, 2024, 10:15:02 AM GMT+2, Shop Support <support@shop.example> wrote:"],
    ["Spanish", "El lun, 3 jun 2024 a las 10:15, Shop Support (<support@shop.example>) escribió:"],
    ["Catalan", "El dl., 3 de juny 2024 a les 10:15, Shop Support (<support@shop.example>) va escriure:"],
    ["French", "Le lun. 3 juin 2024 à 10:15, Shop Support <support@shop.example> a écrit :"],
    ["German", "Am Mo., 3. Juni 2024 um 10:15 Uhr schrieb Shop Support <support@shop.example>:"],
    ["German (Thunderbird)", "Am 03.06.24 um 10:15 schrieb Shop Support:"],
    ["Dutch", "Op ma 3 jun. 2024 om 10:15 schreef Shop Support <support@shop.example>:"],
    ["Polish", "pon., 3 cze 2024 o 10:15 Shop Support <support@shop.example> napisał(a):"],
    ["Russian (пишет)", "03.06.2024 10:15, Shop Support пишет:"],
    ["Russian (написал(а))", "3 июня 2024 г., в 10:15, Shop Support <support@shop.example> написал(а):"],
    ["Ukrainian", "пн, 3 черв. 2024 о 10:15 Shop Support <support@shop.example> пише:"],
    ["Portuguese", "Em seg., 3 de jun. de 2024 às 10:15, Shop Support <support@shop.example> escreveu:"],
    ["Italian", "Il giorno lun 3 giu 2024 alle ore 10:15 Shop Support <support@shop.example> ha scritto:"],
    ["Swedish", "Den mån 3 juni 2024 kl 10:15 skrev Shop Support <support@shop.example>:"],
    ["Danish/Norwegian", "man. 3. jun. 2024 kl. 10.15 skrev Shop Support <support@shop.example>:"],
    ["Finnish", "ma 3. kesäk. 2024 klo 10.15 Shop Support (support@shop.example) kirjoitti:"],
    ["Czech", "po 3. 6. 2024 v 10:15 odesílatel Shop Support <support@shop.example> napsal:"],
    ["Hungarian", "Shop Support <support@shop.example> ezt írta (időpont: 2024. jún. 3., H, 10:15):"],
    ["Turkish", "Shop Support <support@shop.example>, 3 Haz 2024 Pzt, 10:15 tarihinde şunu yazdı:"],
    ["Japanese", "2024年6月3日(月) 10:15 Shop Support <support@shop.example>:"],
    ["Chinese", "Shop Support <support@shop.example> 于2024年6月3日周一 10:15写道："],
  ])("%s", (_language, header) => expectCut(header))
})

describe("extractReply: reply headers over two lines", () => {
  it("Gmail wraps the address onto a second line", () => {
    expectCut("On Mon, Jun 3, 2024 at 10:15 AM Shop Support <support@shop.example>\nwrote:")
  })

  it("Spanish Gmail breaks inside the brackets", () => {
    expectCut("El lun, 3 jun 2024 a las 10:15, Shop Support (<\nsupport@shop.example>) escribió:")
  })

  it("German Gmail breaks after '<'", () => {
    expectCut("Am Mo., 3. Juni 2024 um 10:15 Uhr schrieb Shop Support <\nsupport@shop.example>:")
  })
})

describe("extractReply: the address on its own <mailto:> line", () => {
  it("HTML mail turned to text puts the link under the name", () => {
    expectCut("On Mon, Jun 3, 2024 at 10:15 AM, Shop Support\n<mailto:support@shop.example> wrote:")
    expectCut("On Mon, Jun 3, 2024 at 10:15 AM, Shop Support <support@shop.example\n<mailto:support@shop.example>> wrote:")
  })
})

describe("extractReply: a date and a name only", () => {
  it("'2024-06-03 10:15 GMT+02:00 Name <addr>:'", () => {
    expectCut("2024-06-03 10:15 GMT+02:00 Shop Support <support@shop.example>:")
    expectCut("03.06.2024 10:15, Shop Support <support@shop.example>:")
  })
})

describe("extractReply: Outlook header blocks", () => {
  it.each<[string, string]>([
    ["German", "Von: Shop Support <support@shop.example>\nGesendet: Montag, 3. Juni 2024 10:15\nAn: Anna Example\nBetreff: AW: Wasserkocher"],
    ["French", "De : Shop Support <support@shop.example>\nEnvoyé : lundi 3 juin 2024 10:15\nÀ : Anna Example\nObjet : RE: Bouilloire"],
    ["Spanish", "De: Shop Support [mailto:support@shop.example]\nEnviado el: lunes, 3 de junio de 2024 10:15\nPara: Anna Example\nAsunto: RE: Hervidor"],
    ["Dutch", "Van: Shop Support <support@shop.example>\nVerzonden: maandag 3 juni 2024 10:15\nAan: Anna Example\nOnderwerp: RE: Waterkoker"],
    ["Italian", "Da: Shop Support <support@shop.example>\nInviato: lunedì 3 giugno 2024 10:15\nA: Anna Example\nOggetto: R: Bollitore"],
    ["Polish", "Od: Shop Support <support@shop.example>\nWysłano: poniedziałek, 3 czerwca 2024 10:15\nDo: Anna Example\nTemat: RE: Czajnik"],
    ["Swedish", "Från: Shop Support <support@shop.example>\nSkickat: den 3 juni 2024 10:15\nTill: Anna Example\nÄmne: SV: Vattenkokare"],
    ["Norwegian", "Fra: Shop Support <support@shop.example>\nSendt: mandag 3. juni 2024 10:15\nTil: Anna Example\nEmne: SV: Vannkoker"],
    ["Finnish", "Lähettäjä: Shop Support <support@shop.example>\nLähetetty: maanantai 3. kesäkuuta 2024 10.15\nVastaanottaja: Anna Example\nAihe: VS: Vedenkeitin"],
    ["Portuguese", "De: Shop Support <support@shop.example>\nEnviada: segunda-feira, 3 de junho de 2024 10:15\nPara: Anna Example\nAssunto: RE: Chaleira"],
    ["Russian", "От: Shop Support <support@shop.example>\nОтправлено: 3 июня 2024 г. 10:15\nКому: Anna Example\nТема: RE: Чайник"],
    ["Romanian", "De la: Shop Support <support@shop.example>\nTrimis: luni, 3 iunie 2024 10:15\nCătre: Anna Example\nSubiect: RE: Fierbător"],
    ["Greek", "Από: Shop Support <support@shop.example>\nΣτάλθηκε: Δευτέρα, 3 Ιουνίου 2024 10:15 π.μ.\nΠρος: Anna Example\nΘέμα: RE: Βραστήρας"],
    ["Czech", "Od: Shop Support <support@shop.example>\nOdesláno: pondělí 3. června 2024 10:15\nKomu: Anna Example\nPředmět: RE: Konvice"],
  ])("%s", (_language, block) => {
    expect(extractReply(`${body}\n\n${block}\n\n${original}`)).toBe(body)
  })

  it("a block whose labels are paragraphs of their own (Outlook HTML turned to text)", () => {
    const block = "From: Shop Support <support@shop.example>\n\nSent: Monday, June 3, 2024 10:15 AM\n\nTo: Anna Example\n\nSubject: RE: Kettle"
    expect(extractReply(`${body}\n\n${block}\n\n${original}`)).toBe(body)
  })

  it.each([
    "-----Original Message-----",
    "-----Ursprüngliche Nachricht-----",
    "-----Message d'origine-----",
    "-----Mensaje original-----",
    "-----Исходное сообщение-----",
    "-----Oorspronkelijk bericht-----",
  ])("separator %s", (separator) => {
    expect(extractReply(`${body}\n\n${separator}\nFrom: Shop Support\nSent: Monday\n\n${original}`)).toBe(body)
    expect(extractReply(`${body}\n\n${separator}\n${original}`)).toBe(body)
  })
})

describe("extractReply: rules between the reply and the history", () => {
  it("Outlook's line of underscores before the header block", () => {
    expect(extractReply(`${body}\n\n________________________________\nVon: Shop Support <support@shop.example>\nGesendet: Montag, 3. Juni 2024 10:15\nAn: Anna\n\n${original}`)).toBe(body)
    expect(extractReply(`${body}\n________________________________\n${original}`)).toBe(body)
  })

  it("a horizontal rule (HTML <hr>) before the header block", () => {
    expect(extractReply(`${body}\n\n-----\nFrom: Shop Support <support@shop.example>\nSent: Monday, June 3, 2024 10:15 AM\nTo: Anna\nSubject: Kettle\n\n${original}`)).toBe(body)
    expect(extractReply(`${body}\n\n* * *\n\nDe : Shop Support <support@shop.example>\nEnvoyé : lundi 3 juin 2024 10:15\n\n${original}`)).toBe(body)
  })
})

describe("extractReply: a name-only 'wrote:' right above a quote", () => {
  it("drops 'Name wrote:' when a quote follows it, and keeps it as text otherwise", () => {
    expect(extractReply(`${body}\n\nShop Support wrote:\n${quote}`)).toBe(body)
    expect(extractReply(`${body}\n\nShop Support a écrit :\n\n${quote}`)).toBe(body)
    const text = "Anna wrote:\nthe box was empty when it came."
    expect(extractReply(text)).toBe(text)
  })
})

describe("extractReply: a notification quoted inside a reply", () => {
  it("cuts at a helpdesk's 'reply above this line' marker", () => {
    expect(extractReply(`${body}\n\n##- Please type your reply above this line -##\n\nYour request #1042 was updated.\n`)).toBe(body)
    expect(extractReply(`${body}\n\n> ## Please do not write below this line ##\n> Your request #1042 was updated.\n`)).toBe(body)
  })


  it("drops a helpdesk notification quoted under a reply header", () => {
    const notification =
      "On Mon, Jun 3, 2024 at 10:15 AM Shop Support <support@shop.example> wrote:\n" +
      "> Ticket #1042 has a new reply\n>\n> Hello Anna, which model is it?\n>\n> View your request: https://shop.example/requests/1042\n"
    expect(extractReply(`${body}\n\n${notification}`)).toBe(body)
  })

  it("drops a notification pasted unquoted after a header without a date", () => {
    const mail = `${body}\n\nShop Support <support@shop.example> wrote:\n\nTicket #1042 has a new reply\nView your request: https://shop.example/requests/1042\n`
    expect(extractReply(mail)).toBe(body)
  })

  it("drops a notification quoted by a client that sends only HTML (blockquote turned to '>')", () => {
    const mail = `${body}\n\nOn 3 Jun 2024, at 10:15, Shop <no-reply@shop.example> wrote:\n\n> ## Your order has shipped\n>\n> Track it: https://shop.example/t/1\n`
    expect(extractReply(mail)).toBe(body)
  })
})
