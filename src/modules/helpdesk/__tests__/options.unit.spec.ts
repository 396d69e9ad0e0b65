import { parseHelpdeskOptions } from "../options"

describe("helpdesk module options", () => {
  it("defaults to 6-digit ticket numbers, 15 idle minutes per claim and English", () => {
    expect(parseHelpdeskOptions(undefined)).toEqual({
      ticketNumberDigits: 6,
      claimIdleMinutes: 15,
      defaultLanguage: "en",
    })
  })

  it("names an out-of-range option and what it accepts", () => {
    expect(() => parseHelpdeskOptions({ ticketNumberDigits: 40 })).toThrow(
      /option "ticketNumberDigits": .*12/
    )
  })

  it("names an option of the wrong type", () => {
    expect(() => parseHelpdeskOptions({ defaultLanguage: "xx" })).toThrow(
      /option "defaultLanguage": .*"en".*"ru"/
    )
  })

  it("rejects a misspelt option instead of ignoring it", () => {
    expect(() => parseHelpdeskOptions({ ticketNumberDigit: 8 })).toThrow(
      /unknown option\(s\) "ticketNumberDigit"; allowed: ticketNumberDigits, claimIdleMinutes, defaultLanguage/
    )
  })
})
