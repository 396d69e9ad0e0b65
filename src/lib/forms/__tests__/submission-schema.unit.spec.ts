import { defaultFormFields, FormField, FormFieldsSchema } from "../definition"
import { readSubmission } from "../submission-schema"

const repair: FormField[] = [
  ...defaultFormFields(),
  { key: "device", type: "select", label: { en: "Device" }, required: true, options: [{ value: "phone", label: { en: "Phone" } }, { value: "laptop", label: { en: "Laptop" } }] },
  { key: "bought_on", type: "date", label: { en: "Bought on" }, required: false },
  { key: "quantity", type: "number", label: { en: "How many" }, required: false },
  { key: "consent", type: "checkbox", label: { en: "I agree" }, required: true },
  { key: "receipt", type: "file", label: { en: "Receipt" }, required: false },
]

const valid = { name: " Ann ", email: "Ann@Example.com", subject: "Broken", message: "It broke", device: "phone", consent: "on" }

describe("a form's submission schema", () => {
  it("splits a valid submission into the ticket's columns and its custom fields, as typed values", () => {
    const result = readSubmission(repair, { ...valid, bought_on: "2026-11-30", quantity: "2", unknown_field: "x" })
    expect(result).toEqual({
      ok: true,
      values: {
        standard: { name: "Ann", email: "ann@example.com", subject: "Broken", message: "It broke" },
        custom: { device: "phone", bought_on: "2026-11-30", quantity: 2, consent: true },
      },
    })
  })

  it("names every field that is wrong, with a code a page can translate", () => {
    const result = readSubmission(repair, { email: "not-an-address", subject: "", message: "x".repeat(20_001), device: "toaster", bought_on: "2026-02-30", quantity: "12abc" })
    expect(result.ok).toBe(false)
    const problems = Object.fromEntries((result as { problems: { field: string; code: string }[] }).problems.map((p) => [p.field, p.code]))
    expect(problems).toEqual({
      email: "invalid_email",
      subject: "required",
      message: "too_long",
      device: "invalid_choice",
      bought_on: "invalid_date",
      quantity: "invalid_number",
      consent: "must_accept",
    })
  })

  it("accepts JSON types as well as the strings an HTML form sends", () => {
    const result = readSubmission(repair, { ...valid, consent: true, quantity: 3 })
    expect(result.ok && result.values.custom).toEqual({ device: "phone", consent: true, quantity: 3 })
  })

  it("treats an empty optional field as not given and refuses a value that is not text", () => {
    const blank = readSubmission(repair, { ...valid, name: "", bought_on: "  " })
    expect(blank.ok && blank.values.standard).not.toHaveProperty("name")
    expect(blank.ok && blank.values.custom).not.toHaveProperty("bought_on")
    const wrongType = readSubmission(repair, { ...valid, subject: { $ne: 1 } })
    expect(wrongType).toMatchObject({ ok: false, problems: [{ field: "subject" }] })
  })
})

describe("a form definition", () => {
  it("starts with name, email, subject and message, and is valid as it is", () => {
    expect(FormFieldsSchema.safeParse(defaultFormFields()).success).toBe(true)
    expect(defaultFormFields().map((f) => f.key)).toEqual(["name", "email", "subject", "message"])
  })

  it("refuses duplicate keys, a standard field of another type, a select without options and a form without a required email", () => {
    const issues = (fields: unknown) => {
      const result = FormFieldsSchema.safeParse(fields)
      return result.success ? [] : result.error.issues.map((i) => i.message)
    }
    const base = defaultFormFields()
    expect(issues([...base, { ...base[0] }])).toContain('the key "name" is used twice')
    expect(issues(base.map((f) => (f.key === "message" ? { ...f, type: "number" } : f)))).toContain('the field "message" must be of type textarea')
    expect(issues([...base, { key: "size", type: "select", label: { en: "Size" } }])).toContain("a select field needs options")
    expect(issues(base.filter((f) => f.key !== "email"))).toContain('a form needs the field "email", required')
    expect(issues([...base, { key: "Bad Key", type: "text", label: { en: "x" } }]).length).toBeGreaterThan(0)
  })

  it("keeps a field's help text per language, trimmed, and refuses one over 500 characters or in another language", () => {
    const withHelp = (help: unknown) => FormFieldsSchema.safeParse([...defaultFormFields(), { key: "serial", type: "text", label: { en: "Serial" }, help }])
    const ok = withHelp({ en: " On the sticker ", ru: "На наклейке" })
    expect(ok.success && ok.data[4].help).toEqual({ en: "On the sticker", ru: "На наклейке" })
    expect(withHelp({ en: "x".repeat(501) }).success).toBe(false)
    expect(withHelp({ de: "Auf dem Aufkleber" }).success).toBe(false)
  })
})
