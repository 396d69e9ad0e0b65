import { defaultMailTemplate, previewMailTemplate, SAMPLE_TEMPLATE_VALUES, TemplateError } from ".."

describe("previewMailTemplate", () => {
  it("renders the subject, the text and its HTML with the sample values", () => {
    const preview = previewMailTemplate("receipt", defaultMailTemplate("receipt", "en"))
    expect(preview.subject).toBe(`We have received your request: ${SAMPLE_TEMPLATE_VALUES.TICKET_SUBJECT}`)
    expect(preview.text).toContain(SAMPLE_TEMPLATE_VALUES.TICKET_SUBJECT)
    expect(preview.html).toContain(`<a href="${SAMPLE_TEMPLATE_VALUES.REQUEST_LIST_URL}">`)
  })

  it("escapes values in the HTML", () => {
    const preview = previewMailTemplate("notify_new_ticket", { subject: "{{TICKET_SUBJECT}}", body: "{{MESSAGE}}" }, {
      TICKET_SUBJECT: "a\nb",
      MESSAGE: "<img src=x onerror=alert(1)>",
    })
    expect(preview).toEqual({ subject: "a b", text: "<img src=x onerror=alert(1)>", html: "<p>&lt;img src=x onerror=alert(1)&gt;</p>" })
  })

  it("refuses a draft with a variable its kind cannot fill", () => {
    expect(() => previewMailTemplate("signature", { subject: "", body: "{{MESSAGE}}" })).toThrow(TemplateError)
  })
})
