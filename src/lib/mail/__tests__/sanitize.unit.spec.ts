
import { sanitizeMailHtml } from "../sanitize"

describe("sanitizeMailHtml", () => {
  it("removes scripts, event handlers, frames, forms, objects and javascript: links", () => {
    const html = sanitizeMailHtml(
      `<p onclick="steal()">Hi<script>alert(1)</script></p>` +
        `<img src="https://cdn.example.com/a.png" onerror="alert(2)">` +
        `<iframe src="https://evil.example.com"></iframe>` +
        `<form action="https://evil.example.com"><input name="card"><button>Pay</button></form>` +
        `<object data="x.swf"></object><embed src="y.swf">` +
        `<a href="javascript:alert(3)">click</a><a href="JaVaScRiPt:alert(4)">again</a>`
    )
    expect(html).not.toMatch(/<script|alert\(|onclick|onerror|<iframe|<form|<input|<button|<object|<embed|javascript:/i)
    expect(html).toContain("Hi")
    expect(html).toContain("click")
  })

  it("keeps formatting, https and cid: images, and safe links", () => {
    const html = sanitizeMailHtml(
      `<p><b>bold</b> <i>it</i> <u>u</u></p><ul><li>one</li></ul><blockquote>quoted</blockquote>` +
        `<table><tr><td colspan="2">cell</td></tr></table>` +
        `<img src="https://cdn.example.com/logo.png" alt="logo"><img src="cid:part1.abc@example.com">` +
        `<a href="https://example.com/x">link</a><a href="mailto:a@example.com">mail</a>`
    )
    expect(html).toContain("<b>bold</b>")
    expect(html).toContain("<i>it</i>")
    expect(html).toContain("<li>one</li>")
    expect(html).toContain("<blockquote>quoted</blockquote>")
    expect(html).toContain('<td colspan="2">cell</td>')
    expect(html).toContain('src="https://cdn.example.com/logo.png"')
    expect(html).toContain('src="cid:part1.abc@example.com"')
    expect(html).toMatch(/<a href="https:\/\/example.com\/x"[^>]*rel="noopener noreferrer nofollow"/)
    expect(html).toContain('href="mailto:a@example.com"')
  })

  it("drops remote loads other than images: http images, style blocks, CSS url() and background attributes", () => {
    const html = sanitizeMailHtml(
      `<style>body{background:url(https://t.example.com/open.gif)}</style>` +
        `<img src="http://t.example.com/pixel.gif"><img src="//t.example.com/p.gif">` +
        `<div style="color:red;background-image:url(https://t.example.com/b.gif)">text</div>` +
        `<table background="https://t.example.com/bg.gif"><tr><td>x</td></tr></table>` +
        `<link rel="stylesheet" href="https://t.example.com/s.css">`
    )
    expect(html).not.toMatch(/t\.example\.com|<style|<link|url\(/)
    expect(html).toContain('<div style="color:red">text</div>')
  })

  it("drops class and id so mail cannot borrow the admin's CSS or clobber its DOM", () => {
    expect(sanitizeMailHtml(`<div class="fixed inset-0" id="root">x</div>`)).toBe("<div>x</div>")
  })
})
