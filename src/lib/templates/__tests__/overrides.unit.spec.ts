import { mailboxTemplate, defaultMailTemplate, withoutTemplateOverride, withTemplateOverride } from ".."

describe("withTemplateOverride", () => {
  it("adds one language's override and keeps the others", () => {
    const mailbox = { templates: { receipt: { en: { body: "EN" } } } }
    expect(withTemplateOverride(mailbox, "receipt", "ru", { subject: "RU subject" })).toEqual({
      receipt: { en: { body: "EN" }, ru: { subject: "RU subject" } },
    })
  })

  it("keeps a part left undefined, drops a part set to null, and an entry left empty", () => {
    const mailbox = { templates: { receipt: { en: { subject: "S", body: "B" } } } }
    expect(withTemplateOverride(mailbox, "receipt", "en", { body: "B2" })).toEqual({ receipt: { en: { subject: "S", body: "B2" } } })
    expect(withTemplateOverride(mailbox, "receipt", "en", { subject: null })).toEqual({ receipt: { en: { body: "B" } } })
    expect(withTemplateOverride(mailbox, "receipt", "en", { subject: null, body: null })).toEqual({})
  })
})

describe("withoutTemplateOverride", () => {
  it("brings every language of a kind back to the default, legacy column included", () => {
    const mailbox = { receipt_template: "Legacy", templates: { receipt: { en: { body: "EN" } }, auto_close: { ru: { body: "R" } } } }
    const reset = withoutTemplateOverride(mailbox, "receipt")
    expect(reset).toEqual({ templates: { auto_close: { ru: { body: "R" } } }, receipt_template: null })
    expect(mailboxTemplate({ ...mailbox, ...reset }, "receipt", "en")).toEqual(defaultMailTemplate("receipt", "en"))
  })

  it("resets one language and lets the others keep sending the legacy body", () => {
    const mailbox = { signature: "-- Legacy", templates: { signature: { ru: { body: "-- RU" } } } }
    const reset = withoutTemplateOverride(mailbox, "signature", "en")
    const after = { ...mailbox, ...reset }
    expect(mailboxTemplate(after, "signature", "en")).toEqual(defaultMailTemplate("signature", "en"))
    expect(mailboxTemplate(after, "signature", "ru").body).toBe("-- RU")
    expect(withoutTemplateOverride({ signature: "-- Legacy" }, "signature", "en")).toEqual({
      templates: { signature: { ru: { body: "-- Legacy" } } },
      signature: null,
    })
  })

  it("touches no column for a kind without one", () => {
    expect(withoutTemplateOverride({ templates: { auto_close: { en: { body: "x" } } } }, "auto_close", "en")).toEqual({ templates: {} })
  })
})
