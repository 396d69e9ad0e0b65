import { jsonForPostgres } from "../inbound-batch"

describe("jsonForPostgres", () => {
  it("drops NUL characters and replaces half surrogate pairs, which PostgreSQL text cannot hold", () => {
    const json = jsonForPostgres([{ body: "a\u0000b", subject: "x\ud800y", tail: "broken \udc00" }])
    expect(JSON.parse(json)).toEqual([{ body: "ab", subject: "x\ufffdy", tail: "broken \ufffd" }])
    expect(json).not.toMatch(/\\u0000|\\ud[89a-f]/)
  })

  it("leaves everything else as JSON.stringify writes it, escaped backslashes included", () => {
    const value = [{ text: "\\u0000 is how JSON writes NUL", emoji: "ok 😀", control: "tab\there \u0001", slash: "\\\u0000" }]
    expect(JSON.parse(jsonForPostgres(value))).toEqual([{ ...value[0], slash: "\\" }])
    expect(jsonForPostgres({ plain: "text" })).toBe(JSON.stringify({ plain: "text" }))
  })
})
