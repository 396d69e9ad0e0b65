import { templateOverrideProblems, validateKindTemplate } from ".."

describe("validateKindTemplate", () => {
  it("accepts what the kind offers", () => {
    expect(() => validateKindTemplate("receipt", "body", "#{{TICKET_NUMBER}} at {{REQUEST_LIST_URL}} — {{STORE_NAME}}")).not.toThrow()
    expect(() => validateKindTemplate("confirmation", "body", "Confirm: {{REQUEST_CONFIRM_URL}}")).not.toThrow()
    expect(() => validateKindTemplate("notify_watched", "body", "{{MESSAGE}}")).not.toThrow()
  })

  it("refuses an unknown variable, naming it and the kind", () => {
    expect(() => validateKindTemplate("receipt", "body", "Hi {{CUSTOMER_NAM}}")).toThrow(
      /^The receipt template's body: unknown template variable\(s\) \{\{CUSTOMER_NAM\}\}\. It can use \{\{CUSTOMER_NAME\}\}/
    )
  })

  it("refuses a variable the kind cannot fill, naming it and the kind", () => {
    expect(() => validateKindTemplate("signature", "body", "--\n{{MESSAGE}}")).toThrow(
      "The signature template's body: {{MESSAGE}} cannot be used in a signature mail."
    )
    expect(() => validateKindTemplate("reply_link", "body", "Answer: {{MESSAGE}}")).toThrow(/\{\{MESSAGE\}\} cannot be used in a reply_link/)
    expect(() => validateKindTemplate("receipt", "subject", "{{REQUEST_CONFIRM_URL}}")).toThrow(/receipt template's subject/)
  })

  it("refuses a subject on a kind that has none, and unreadable templates", () => {
    expect(() => validateKindTemplate("signature", "subject", "Hi")).toThrow(/has no subject of its own/)
    expect(() => validateKindTemplate("signature", "subject", "")).not.toThrow()
    expect(() => validateKindTemplate("auto_close", "body", "{{#if MY_NAME}}x{{/if}}")).toThrow(/auto_close template's body: Only plain variables/)
  })
})

describe("templateOverrideProblems", () => {
  it("lists every problem with where it is", () => {
    expect(
      templateOverrideProblems({
        receipt: { en: { subject: "#{{TICKET_NUMBER}}", body: "{{NOPE}}" } },
        signature: { ru: { body: "{{MESSAGE}}" } },
      })
    ).toEqual([
      { path: ["receipt", "en", "body"], message: expect.stringMatching(/^templates\.receipt\.en: .*\{\{NOPE\}\}/) },
      { path: ["signature", "ru", "body"], message: expect.stringMatching(/\{\{MESSAGE\}\} cannot be used in a signature/) },
    ])
    expect(templateOverrideProblems({ nonsense: {} } as never)).toEqual([
      { path: ["nonsense"], message: 'There is no mail template kind "nonsense".' },
    ])
    expect(templateOverrideProblems(null)).toEqual([])
  })
})
