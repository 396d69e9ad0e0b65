import {
  defaultMailTemplate,
  KIND_VARIABLES,
  MAIL_TEMPLATE_KINDS,
  mailboxTemplate,
  resolveMailboxTemplate,
  SAMPLE_TEMPLATE_VALUES,
  TEMPLATE_LANGUAGES,
  templateLanguage,
  templateVariables,
  renderTemplate,
  hasSubject,
} from ".."

describe("default mail templates", () => {
  describe.each(MAIL_TEMPLATE_KINDS.flatMap((kind) => TEMPLATE_LANGUAGES.map((lang) => [kind, lang] as const)))(
    "%s in %s",
    (kind, language) => {
      const template = defaultMailTemplate(kind, language)

      it("uses only the variables its kind allows", () => {
        const used = [...templateVariables(template.subject), ...templateVariables(template.body)]
        expect(used.filter((name) => !(KIND_VARIABLES[kind] as readonly string[]).includes(name))).toEqual([])
      })

      it("renders every variable it uses, leaving no braces", () => {
        const text = renderTemplate(template.body, SAMPLE_TEMPLATE_VALUES)
        expect(text).not.toMatch(/[{}]{2}/)
        expect(text.trim()).not.toBe("")
        expect(renderTemplate(template.subject, SAMPLE_TEMPLATE_VALUES)).not.toMatch(/[{}]{2}/)
      })

      it("has a subject exactly when the kind is a mail of its own", () => {
        expect(template.subject !== "").toBe(hasSubject(kind))
      })
    }
  )

  it("is written in the contact's language: Russian for ru*, English for anything else", () => {
    expect(templateLanguage("ru")).toBe("ru")
    expect(templateLanguage("ru-RU")).toBe("ru")
    expect(templateLanguage("RU")).toBe("ru")
    expect(templateLanguage("de")).toBe("en")
    expect(templateLanguage(null)).toBe("en")
    expect(defaultMailTemplate("receipt", "ru-RU").subject).toMatch(/обращение/)
    expect(defaultMailTemplate("receipt", "fr").subject).toMatch(/received/)
  })

  it("tells the customer where the answer is, never the answer, in a link-only reply", () => {
    for (const language of TEMPLATE_LANGUAGES) {
      const body = defaultMailTemplate("reply_link", language).body
      expect(templateVariables(body)).toEqual(expect.arrayContaining(["TICKET_NUMBER", "REQUEST_LIST_URL"]))
      expect(templateVariables(body)).not.toContain("MESSAGE")
    }
  })

  it.each([
    ["receipt", ["TICKET_NUMBER", "TICKET_SUBJECT", "REQUEST_LIST_URL"]],
    ["confirmation", ["REQUEST_CONFIRM_URL"]],
    ["auto_close", ["TICKET_NUMBER", "REQUEST_LIST_URL"]],
    // The link that proves an address is the whole point of this mail.
    ["email_link", ["REQUEST_LIST_URL", "STORE_NAME"]],
    ["notify_new_ticket", ["TICKET_NUMBER", "TICKET_SUBJECT", "MESSAGE"]],
    ["notify_assigned", ["TICKET_NUMBER", "TICKET_SUBJECT", "MESSAGE"]],
    ["notify_customer_replied", ["TICKET_NUMBER", "TICKET_SUBJECT", "MESSAGE"]],
    ["notify_watched", ["TICKET_NUMBER", "TICKET_SUBJECT", "MESSAGE"]],
  ] as const)("%s says %j in both languages", (kind, variables) => {
    for (const language of TEMPLATE_LANGUAGES) {
      const { subject, body } = defaultMailTemplate(kind, language)
      expect([...templateVariables(subject), ...templateVariables(body)]).toEqual(expect.arrayContaining([...variables]))
    }
  })

  it("lets every kind use STORE_NAME", () => {
    for (const kind of MAIL_TEMPLATE_KINDS) expect(KIND_VARIABLES[kind]).toContain("STORE_NAME")
  })
})

describe("mailboxTemplate", () => {
  const receiptRu = { subject: "Заявка {{TICKET_NUMBER}}", body: "Мы получили заявку {{TICKET_NUMBER}}." }

  it("prefers the mailbox's override for that kind and language", () => {
    const mailbox = { receipt_template: "Legacy {{TICKET_NUMBER}}", templates: { receipt: { ru: receiptRu } } }
    expect(mailboxTemplate(mailbox, "receipt", "ru")).toEqual(receiptRu)
  })

  it("falls back to the legacy column for the body, and to the default subject, in a language without an override", () => {
    const mailbox = { receipt_template: "Legacy {{TICKET_NUMBER}}", templates: { receipt: { ru: receiptRu } } }
    expect(mailboxTemplate(mailbox, "receipt", "en")).toEqual({
      subject: defaultMailTemplate("receipt", "en").subject,
      body: "Legacy {{TICKET_NUMBER}}",
    })
  })

  it("takes the missing part of an override from below it", () => {
    const mailbox = { signature: "-- legacy", templates: { receipt: { en: { subject: "Got it: {{TICKET_SUBJECT}}" } } } }
    expect(mailboxTemplate(mailbox, "receipt", "en")).toEqual({
      subject: "Got it: {{TICKET_SUBJECT}}",
      body: defaultMailTemplate("receipt", "en").body,
    })
  })

  it("keeps the legacy signature, receipt and confirmation columns working", () => {
    const mailbox = { signature: "Sig", receipt_template: "Rec", confirmation_template: "Conf" }
    expect(mailboxTemplate(mailbox, "signature", "ru").body).toBe("Sig")
    expect(mailboxTemplate(mailbox, "receipt", "en").body).toBe("Rec")
    expect(mailboxTemplate(mailbox, "confirmation", "en").body).toBe("Conf")
    expect(mailboxTemplate(mailbox, "auto_close", "en")).toEqual(defaultMailTemplate("auto_close", "en"))
  })

  it("honours an empty override (a mailbox that signs with nothing)", () => {
    expect(mailboxTemplate({ signature: "Sig", templates: { signature: { en: { body: "" } } } }, "signature", "en").body).toBe("")
  })

  it("uses the default when there is nothing of the mailbox's, and ignores malformed stored JSON", () => {
    expect(resolveMailboxTemplate({}, "notify_watched", "ru")).toEqual({ ...defaultMailTemplate("notify_watched", "ru"), overridden: false })
    expect(mailboxTemplate({ templates: { receipt: { en: { body: 42 } } } }, "receipt", "en")).toEqual(defaultMailTemplate("receipt", "en"))
    expect(mailboxTemplate({ templates: "nonsense" }, "receipt", "en")).toEqual(defaultMailTemplate("receipt", "en"))
  })

  it("says whether a kind is overridden in a language", () => {
    const mailbox = { templates: { receipt: { ru: receiptRu } } }
    expect(resolveMailboxTemplate(mailbox, "receipt", "ru").overridden).toBe(true)
    expect(resolveMailboxTemplate(mailbox, "receipt", "en").overridden).toBe(false)
    expect(resolveMailboxTemplate({ signature: "x" }, "signature", "en").overridden).toBe(true)
  })
})
