import { pickLanguage, renderPublicPage } from "../public-page"

const LANGS = ["en", "ru"] as const

describe("public pages", () => {
  it("escapes every value it puts into the HTML", () => {
    const html = renderPublicPage({
      language: 'en"><script>',
      site: "Tom & Jerry's <shop>",
      heading: "<img src=x onerror=alert(1)>",
      text: '"quoted" & more',
    })
    expect(html).not.toMatch(/<script|<img/)
    expect(html).toContain("Tom &amp; Jerry&#39;s &lt;shop&gt;")
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;")
    expect(html).toContain("&quot;quoted&quot; &amp; more")
    expect(html).toContain('<html lang="en&quot;&gt;&lt;script&gt;">')
  })

  it("speaks the contact's language first, then the browser's by weight, then the fallback", () => {
    expect(pickLanguage(LANGS, "ru", "en", "en")).toBe("ru")
    expect(pickLanguage(LANGS, "de", "de-DE,ru;q=0.8,en;q=0.5", "en")).toBe("ru")
    expect(pickLanguage(LANGS, null, "en;q=0.2, ru-RU;q=0.9", "en")).toBe("ru")
    expect(pickLanguage(LANGS, null, "ru;q=0, fr", "en")).toBe("en")
    expect(pickLanguage(LANGS, null, undefined, "ru")).toBe("ru")
    // Garbage is skipped; a weight it cannot read counts as no weight.
    expect(pickLanguage(LANGS, null, ";;;,q=,,", "en")).toBe("en")
    expect(pickLanguage(LANGS, null, "ru;q=abc", "en")).toBe("ru")
  })
})
