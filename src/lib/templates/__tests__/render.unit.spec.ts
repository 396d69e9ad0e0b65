import { renderTemplate, validateTemplate } from "../render"

describe("templates (SPEC §6)", () => {
  it("fills variables", () => {
    expect(
      renderTemplate("Hello {{CUSTOMER_NAME}}, ticket #{{TICKET_NUMBER}} — {{MY_NAME}}", {
        CUSTOMER_NAME: "Anna",
        TICKET_NUMBER: "482913",
        MY_NAME: "Ben",
      })
    ).toBe("Hello Anna, ticket #482913 — Ben")
  })

  it("escapes values in HTML and leaves plain text as it is", () => {
    const values = { CUSTOMER_NAME: "<b>Tom & Jerry</b>" }
    expect(renderTemplate("<p>{{CUSTOMER_NAME}}</p>", values, "html")).toBe(
      "<p>&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;</p>"
    )
    expect(renderTemplate("Dear {{CUSTOMER_NAME}}", values, "text")).toBe("Dear <b>Tom & Jerry</b>")
  })

  it("refuses an unknown variable when the template is saved, naming it", () => {
    expect(() => validateTemplate("Hi {{CUSTOMER_NAM}} and {{STORE}}")).toThrow(
      /^Unknown template variable\(s\): \{\{CUSTOMER_NAM\}\}, \{\{STORE\}\}\. Available: \{\{MY_NAME\}\}/
    )
  })

  it("refuses helpers and blocks, which could run logic", () => {
    expect(() => validateTemplate("{{#if MY_NAME}}x{{/if}}")).toThrow("Only plain variables")
    expect(() => validateTemplate("{{lookup MY_NAME 1}}")).toThrow("Only plain variables")
  })

  it("refuses a template it cannot read", () => {
    expect(() => validateTemplate("Hi {{CUSTOMER_NAME")).toThrow(/^The template cannot be read/)
  })
})
