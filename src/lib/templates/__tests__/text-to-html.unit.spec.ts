import { textToHtml } from ".."

describe("textToHtml", () => {
  it("escapes markup, so text (and the values rendered into it) cannot inject HTML", () => {
    expect(textToHtml(`<script>alert("x")</script> & 'y'`)).toBe("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>")
  })

  it("makes paragraphs of blank-line-separated blocks and keeps single line breaks", () => {
    expect(textToHtml("Hello,\r\n\r\nline one\nline two\n \n\n\nBye")).toBe("<p>Hello,</p>\n<p>line one<br>line two</p>\n<p>Bye</p>")
    expect(textToHtml("")).toBe("")
  })

  it("links http and https URLs, leaving the sentence's punctuation outside", () => {
    expect(textToHtml("See https://shop.example.com/a?b=1&c=2. Or http://x.test/y, then.")).toBe(
      '<p>See <a href="https://shop.example.com/a?b=1&amp;c=2">https://shop.example.com/a?b=1&amp;c=2</a>. ' +
        'Or <a href="http://x.test/y">http://x.test/y</a>, then.</p>'
    )
    expect(textToHtml("(https://en.wikipedia.org/wiki/Mail_(disambiguation))")).toBe(
      '<p>(<a href="https://en.wikipedia.org/wiki/Mail_(disambiguation)">https://en.wikipedia.org/wiki/Mail_(disambiguation)</a>)</p>'
    )
  })

  it("does not link other schemes, and cannot be broken out of by a quote in a URL", () => {
    expect(textToHtml("javascript:alert(1) ftp://x.test")).toBe("<p>javascript:alert(1) ftp://x.test</p>")
    expect(textToHtml('https://x.test/"onmouseover="alert(1)')).toBe(
      '<p><a href="https://x.test/">https://x.test/</a>&quot;onmouseover=&quot;alert(1)</p>'
    )
  })
})
