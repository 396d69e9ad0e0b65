import { HONEYPOT_FIELD, honeypotFilled } from ".."

describe(`the honeypot field "${HONEYPOT_FIELD}"`, () => {
  it("is empty when a person sent the form: missing, null or blank", () => {
    for (const value of [undefined, null, "", "   "]) expect(honeypotFilled(value)).toBe(false)
  })

  it("gives a bot away when it holds anything", () => {
    for (const value of ["https://spam.example", "x", 0, false, ["a"], { url: "x" }]) expect(honeypotFilled(value)).toBe(true)
  })
})
