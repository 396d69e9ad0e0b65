import { editorDocToText, textToEditorNodes } from "../editor-text"

const p = (...content: object[]) => ({ type: "paragraph", content })
const text = (t: string, marks?: object[]) => ({ type: "text", text: t, ...(marks && { marks }) })
const item = (...content: object[]) => ({ type: "listItem", content })

describe("editorDocToText: the plain-text alternative of a reply", () => {
  it("keeps paragraphs apart and line breaks inside them", () => {
    const doc = { type: "doc", content: [p(text("Hello Kim,")), p(text("first line"), { type: "hardBreak" }, text("second line")), { type: "paragraph" }] }
    expect(editorDocToText(doc)).toBe("Hello Kim,\n\nfirst line\nsecond line")
  })

  it("writes lists with markers, continuation lines indented under the text", () => {
    const doc = {
      type: "doc",
      content: [
        { type: "bulletList", content: [item(p(text("one"))), item(p(text("two")), p(text("more on two")))] },
        { type: "orderedList", attrs: { start: 3 }, content: [item(p(text("three"))), item(p(text("four")))] },
      ],
    }
    expect(editorDocToText(doc)).toBe("- one\n- two\n  more on two\n\n3. three\n4. four")
  })

  it("quotes with '> ' and gives a link's address after its text", () => {
    const doc = {
      type: "doc",
      content: [
        { type: "blockquote", content: [p(text("Where is my parcel?")), p(text("Kim"))] },
        p(text("Track it "), text("here", [{ type: "link", attrs: { href: "https://track.example/1" } }]), text(".")),
        p(text("kim@example.org", [{ type: "link", attrs: { href: "mailto:kim@example.org" } }])),
      ],
    }
    expect(editorDocToText(doc)).toBe("> Where is my parcel?\n>\n> Kim\n\nTrack it here (https://track.example/1).\n\nkim@example.org")
  })
})

describe("textToEditorNodes: a canned reply or a quoted passage as editor paragraphs", () => {
  it("splits paragraphs at blank lines and keeps single newlines as breaks", () => {
    expect(textToEditorNodes("Hello Kim,\r\n\r\n\r\nline one\nline two\n")).toEqual([
      p(text("Hello Kim,")),
      p(text("line one"), { type: "hardBreak" }, text("line two")),
    ])
  })
})
