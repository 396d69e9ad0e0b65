import { storedFilename } from "../stored-filename"

describe("storedFilename", () => {
  it("keeps a short name as it is", () => {
    expect(storedFilename("invoice 2026.pdf")).toBe("invoice 2026.pdf")
  })

  it("cuts a long Cyrillic name to 100 bytes between letters and keeps its extension", () => {
    const name = "Акт сверки взаимных расчётов между ООО «Ромашка» и ИП Иванов за первый квартал".repeat(2) + ".pdf"
    const stored = storedFilename(name)
    expect(Buffer.byteLength(stored)).toBeLessThanOrEqual(100)
    expect(stored.endsWith(".pdf")).toBe(true)
    expect(name.startsWith(stored.slice(0, -4))).toBe(true)
    expect(stored).not.toContain("\uFFFD")
    expect(Buffer.from(stored).toString("utf8")).toBe(stored)
  })

  it("never splits a character made of two UTF-16 units", () => {
    const stored = storedFilename("😀".repeat(60) + ".png", 50)
    expect(stored).toBe("😀".repeat(11) + ".png")
  })

  it("treats a long 'extension' as part of the name", () => {
    const stored = storedFilename("report." + "x".repeat(200), 40)
    expect(stored).toBe("report." + "x".repeat(33))
  })

  it("replaces path separators and control characters, and names an empty name", () => {
    expect(storedFilename("../../etc/passwd")).toBe(".._.._etc_passwd")
    expect(storedFilename("a\u0000b\nc.txt")).toBe("a_b_c.txt")
    expect(storedFilename("   ")).toBe("file")
  })
})
