import type { JSONContent } from "@tiptap/react"

/**
 * The plain-text alternative of what the editor holds, as a mail client
 * writes it: paragraphs apart, "- " and "1. " for list items, "> " before
 * quoted lines, a link's address after its text.
 */
export function editorDocToText(doc: JSONContent): string {
  return blocks(doc.content).replace(/\n{3,}/g, "\n\n").trim()
}

function blocks(nodes: JSONContent[] | undefined, separator = "\n\n"): string {
  return (nodes ?? []).map(block).join(separator)
}

function block(node: JSONContent): string {
  switch (node.type) {
    case "paragraph":
    case "heading":
    case "codeBlock":
      return inline(node.content)
    case "blockquote":
      return blocks(node.content)
        .split("\n")
        .map((line) => (line ? `> ${line}` : ">"))
        .join("\n")
    case "bulletList":
      return (node.content ?? []).map((item) => marked("- ", blocks(item.content, "\n"))).join("\n")
    case "orderedList": {
      const start = Number(node.attrs?.start ?? 1)
      return (node.content ?? []).map((item, i) => marked(`${start + i}. `, blocks(item.content, "\n"))).join("\n")
    }
    case "horizontalRule":
      return "---"
    default:
      return blocks(node.content)
  }
}

/** A list item: the marker on its first line, the lines after it indented under the text. */
function marked(marker: string, text: string): string {
  const pad = " ".repeat(marker.length)
  return text
    .split("\n")
    .map((line, i) => (i === 0 ? marker : line ? pad : "") + line)
    .join("\n")
}

function inline(nodes: JSONContent[] | undefined): string {
  return (nodes ?? [])
    .map((node) => {
      if (node.type === "hardBreak") return "\n"
      const text = node.text ?? ""
      const href = node.marks?.find((m) => m.type === "link")?.attrs?.href as string | undefined
      return href && href !== text && `mailto:${text}` !== href ? `${text} (${href})` : text
    })
    .join("")
}

/** Plain text (a canned reply, a quoted passage) as editor paragraphs; single newlines become line breaks. */
export function textToEditorNodes(text: string): JSONContent[] {
  return text
    .replace(/\r\n?/g, "\n")
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => {
      const content = paragraph
        .split("\n")
        .flatMap((line, i): JSONContent[] => [...(i ? [{ type: "hardBreak" }] : []), ...(line ? [{ type: "text", text: line }] : [])])
      return content.length ? { type: "paragraph", content } : { type: "paragraph" }
    })
}
