import { simpleParser } from "mailparser"
import { readRawHeaders } from "./headers"
import { htmlToText } from "./html-to-text"

/**
 * The text of a multipart/mixed mail whose visible parts mix text/plain and text/html (Apple Mail
 * and phones put text, an inline picture, then more text or HTML; list servers append a footer
 * part). mailparser keeps the plain parts and drops the HTML ones from its text when it has plain
 * text, so the HTML parts' words would be lost: every visible part belongs in the text, in order
 * (RFC 2046 5.1.3: the parts of a multipart/mixed are shown in sequence; RFC 2183: inline parts
 * are shown; 5.1.4: one alternative per multipart/alternative).
 *
 * Returns null when the mail is not such a mail (the parser's own text is right then).
 */
export async function mixedVisibleText(source: Buffer): Promise<string | null> {
  const headers = readRawHeaders(source)
  if (!/^\s*multipart\/(mixed|related)/i.test(headers["content-type"]?.[0] || "")) return null
  const leaves: Leaf[] = []
  visibleLeaves(source, false, 0, leaves)
  if (leaves.length >= LIMITS.leaves) return null
  if (leaves.length < 2 || !leaves.some((l) => l.html && !l.inAlternative) || !leaves.some((l) => !l.html)) return null
  const texts: string[] = []
  for (const leaf of leaves) {
    const part = await simpleParser(leaf.raw, { skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true } as Parameters<typeof simpleParser>[1])
    const text = leaf.html ? (typeof part.html === "string" ? htmlToText(part.html) : "") : (part.text || "").replace(/\r\n?/g, "\n")
    if (text.trim()) texts.push(text.trim())
  }
  return texts.join("\n\n")
}

type Leaf = { raw: Buffer; html: boolean; inAlternative: boolean }

/** Past these the walk gives up and the parser's own text stands: a mail of thousands of parts is not one a person wrote. */
const LIMITS = { depth: 12, leaves: 200, parts: 400 }
const BOUNDARY = /boundary\s*=\s*(?:"([^"]*)"|([^\s;]+))/i

/** The node's body and its direct children, split at its boundary lines (latin1: one char per byte). */
function children(node: Buffer, boundary: string): Buffer[] {
  const text = node.toString("latin1")
  const out: Buffer[] = []
  let start = -1
  for (let i = text.indexOf("--" + boundary); i >= 0 && out.length < LIMITS.parts; i = text.indexOf("--" + boundary, i + 2)) {
    if (i > 0 && text[i - 1] !== "\n") continue
    const eol = text.indexOf("\n", i)
    // "--b" must be the whole line (or "--b--"): a nested boundary often extends its parent's
    const rest = text.slice(i + 2 + boundary.length, eol < 0 ? text.length : eol).trimEnd()
    if (rest !== "" && rest !== "--") continue
    const closing = rest === "--"
    if (start >= 0) out.push(node.subarray(start, i > 0 && text[i - 2] === "\r" ? i - 2 : Math.max(start, i - 1)))
    if (closing || eol < 0) return out
    start = eol + 1
  }
  return out
}

function visibleLeaves(node: Buffer, inAlternative: boolean, depth: number, out: Leaf[]): void {
  if (depth > LIMITS.depth || out.length >= LIMITS.leaves) return
  const headers = readRawHeaders(node)
  const type = (headers["content-type"]?.[0] || "text/plain").toLowerCase()
  const disposition = (headers["content-disposition"]?.[0] || "").toLowerCase()
  if (type.startsWith("multipart/")) {
    const boundary = BOUNDARY.exec((headers["content-type"]?.[0] || "").slice(0, 4096))
    const parts = boundary ? children(node, boundary[1] ?? boundary[2]) : []
    if (!type.startsWith("multipart/alternative")) {
      for (const part of parts) visibleLeaves(part, inAlternative, depth + 1, out)
      return
    }
    // one alternative: plain text where there is one (it is the text the sender wrote), else the richest
    const kinds = parts.map((part) => (readRawHeaders(part)["content-type"]?.[0] || "text/plain").toLowerCase())
    const pick = kinds.findIndex((k) => k.startsWith("text/plain"))
    const chosen = pick >= 0 ? pick : kinds.length - 1
    if (chosen >= 0) visibleLeaves(parts[chosen], true, depth + 1, out)
    return
  }
  const isText = type.startsWith("text/plain") || type.startsWith("text/html")
  // as mailparser decides: a text part is shown unless its disposition says otherwise
  const attached = disposition !== "" && !disposition.startsWith("inline")
  if (isText && !attached) out.push({ raw: node, html: type.startsWith("text/html"), inAlternative })
}
