import { decodeEntities } from "./entities"
import { trimEndChars } from "./trim"

/** Elements whose content is never text: skipped with everything inside. */
const SKIP = new Set(["head", "style", "script", "title", "noscript", "template", "xml", "iframe", "object", "svg", "select", "math"])
/** Blocks separated by a blank line. */
const PARAGRAPH = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "pre", "blockquote", "figure"])
/** Blocks that start on a new line. */
const LINE = new Set([
  "div", "tr", "li", "dt", "dd", "section", "article", "header", "footer", "address", "center", "form",
  "fieldset", "figcaption", "main", "nav", "aside", "details", "summary", "caption", "tbody", "thead", "tfoot", "body", "html",
])

/** Quote levels shown as "> "; deeper ones are shown at this depth. */
const MAX_QUOTE_DEPTH = 20
const SPACE_OR_TAB = /[ \t]/
/** What ends a line for /$/m, kept in the split. */
const LINE_END = /([\n\r\u2028\u2029])/

type Token = { start: number; end: number; name: string | null; closing: boolean; attrs: string }

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/**
 * The next tag, comment or declaration at or after `from`, or null when only text follows. A tag
 * ends at the first ">" (quotes are not tracked), which keeps the scan linear on broken HTML.
 */
function nextToken(html: string, from: number): Token | null {
  for (let i = html.indexOf("<", from); i >= 0; i = html.indexOf("<", i + 1)) {
    if (html.startsWith("<!--", i)) {
      const close = html.indexOf("-->", i + 4)
      return { start: i, end: close < 0 ? html.length : close + 3, name: null, closing: false, attrs: "" }
    }
    const c = html.charCodeAt(i + 1)
    const closing = c === 47 // "/"
    if (!(c === 33 || c === 63 || isLetter(c) || (closing && isLetter(html.charCodeAt(i + 2))))) continue
    const close = html.indexOf(">", i + 1)
    if (close < 0) return null
    if (c === 33 || c === 63) return { start: i, end: close + 1, name: null, closing: false, attrs: "" } // <!DOCTYPE>, <?xml?>
    const body = html.slice(i + (closing ? 2 : 1), close)
    const m = /^([a-zA-Z][a-zA-Z0-9:-]*)([\s\S]*)$/.exec(body)
    return { start: i, end: close + 1, name: m ? m[1].toLowerCase() : null, closing, attrs: m ? m[2] : "" }
  }
  return null
}

function attr(attrs: string, name: string): string | null {
  const re = /([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g
  for (const m of attrs.matchAll(re)) {
    if (m[1].toLowerCase() === name) {
      const v = m[2] ?? ""
      return decodeEntities(v.replace(/^["']|["']$/g, ""))
    }
  }
  return null
}

class Output {
  lines: string[] = []
  cur = ""
  hasContent = false
  pending = 0
  depth = 0

  private prefix(): string {
    // deeper quotes keep this prefix: thousands of nested <blockquote> would repeat it on every line
    return "> ".repeat(Math.min(this.depth, MAX_QUOTE_DEPTH))
  }

  text(s: string, raw = false): void {
    if (!s) return
    if (this.pending) this.flush()
    if (!this.hasContent) {
      if (!raw) s = s.replace(/^ +/, "")
      if (!s) return
      this.cur = this.prefix()
      this.hasContent = true
    } else if (!raw && this.cur.endsWith(" ") && s.startsWith(" ")) {
      s = s.slice(1)
    }
    this.cur += s
  }

  /** 1 = start a new line, 2 = leave a blank line */
  brk(n: number): void {
    if (this.hasContent || this.lines.length) this.pending = Math.max(this.pending, n)
  }

  /** a <br>: always ends the line, even an empty one */
  lineBreak(): void {
    if (this.pending) this.flush()
    if (!this.hasContent) this.cur = this.prefix()
    this.lines.push(this.cur.trimEnd())
    this.cur = ""
    this.hasContent = false
  }

  /** ends the current line but keeps the requested break for the next text */
  endLine(): void {
    if (this.hasContent) {
      this.lines.push(this.cur.trimEnd())
      this.cur = ""
      this.hasContent = false
    }
  }

  flush(): void {
    this.endLine()
    const last = this.lines[this.lines.length - 1]
    const lastIsBlank = last === undefined || /^[>\s]*$/.test(last)
    if (this.pending > 1 && !lastIsBlank) this.lines.push(this.prefix().trimEnd())
    this.pending = 0
  }

  result(): string {
    if (this.hasContent) this.lines.push(this.cur.trimEnd())
    // trailing spaces cut line by line by a scan: /[ \t]+$/gm retries from every space of a long run
    return this.lines
      .join("\n")
      .replace(/\u00a0/g, " ")
      .split(LINE_END)
      .map((part, i) => (i % 2 ? part : trimEndChars(part, SPACE_OR_TAB)))
      .join("")
      .replace(/\n{3,}/g, "\n\n")
      .replace(/^\n+/, "")
      .trimEnd()
  }
}

/**
 * Readable plain text from mail HTML: block elements become line breaks, list items "- ",
 * blockquotes "> " (so the reply extractor sees quoted history), links keep their URL, tags
 * and invisible content (head, style, script) are dropped, character references decoded.
 */
export function htmlToText(html: string): string {
  const out = new Output()
  const lists: { ordered: boolean; n: number }[] = []
  const links: { href: string | null; start: number; line: number }[] = []
  let pre = 0
  let pos = 0
  // elements whose closing tag is known to be missing from here on: an unclosed <head> read again
  // for every later <head> would make the search quadratic
  const unclosed = new Set<string>()

  const emitText = (chunk: string) => {
    if (!chunk) return
    if (pre) {
      const parts = decodeEntities(chunk).split(/\r?\n/)
      parts.forEach((part, i) => {
        if (i > 0) out.lineBreak()
        out.text(part.replace(/\t/g, "    "), true)
      })
    } else {
      out.text(decodeEntities(chunk.replace(/[ \t\r\n\f]+/g, " ")))
    }
  }

  for (let token = nextToken(html, pos); token; token = nextToken(html, pos)) {
    emitText(html.slice(pos, token.start))
    pos = token.end
    const { name, closing, attrs } = token
    if (!name) continue // comment, doctype, processing instruction
    if (!closing && SKIP.has(name) && !/\/\s*$/.test(attrs)) {
      const closeTag = new RegExp(`</${name}\\b`, "gi")
      closeTag.lastIndex = pos
      const end = unclosed.has(name) ? -1 : closeTag.exec(html)?.index ?? -1
      if (end < 0) {
        unclosed.add(name)
        if (name === "head") continue // unclosed <head>: the body follows it, keep reading
        pos = html.length
        break
      }
      const close = html.indexOf(">", end)
      pos = close < 0 ? html.length : close + 1
      continue
    }
    if (name === "br") {
      out.lineBreak()
    } else if (name === "hr") {
      out.brk(1)
      out.text("-----")
      out.brk(1)
    } else if (name === "li") {
      if (closing) out.brk(1)
      else {
        out.brk(1)
        const list = lists[lists.length - 1]
        if (list) list.n++
        out.text(list && list.ordered ? `${list.n}. ` : "- ")
      }
    } else if (name === "ul" || name === "ol") {
      if (closing) lists.pop()
      else lists.push({ ordered: name === "ol", n: Number(attr(attrs, "start") || 1) - 1 })
      out.brk(lists.length > (closing ? 0 : 1) ? 1 : 2)
    } else if (name === "blockquote") {
      out.brk(2)
      if (closing) out.endLine() // the blank line after the quote belongs outside it
      else out.flush()
      out.depth = Math.max(0, out.depth + (closing ? -1 : 1))
    } else if (name === "pre") {
      out.brk(2)
      pre = Math.max(0, pre + (closing ? -1 : 1))
    } else if (PARAGRAPH.has(name)) {
      out.brk(2)
    } else if (LINE.has(name)) {
      out.brk(1)
    } else if (name === "td" || name === "th") {
      if (!closing && out.hasContent && !out.pending) out.text(" ")
    } else if (name === "img" && !closing) {
      const alt = attr(attrs, "alt")
      if (alt && alt.trim()) out.text(` ${alt.trim()} `)
    } else if (name === "a") {
      if (!closing) {
        links.push({ href: attr(attrs, "href"), start: out.cur.length, line: out.lines.length })
      } else {
        const link = links.pop()
        const href = link?.href?.trim()
        if (link && href && /^(https?:|mailto:)/i.test(href)) {
          const label = link.line === out.lines.length ? out.cur.slice(link.start) : ""
          const bare = href.replace(/^mailto:/i, "")
          if (!label.includes(bare) && label.trim()) out.text(` <${bare}>`)
          else if (!label.trim()) out.text(bare)
        }
      }
    }
  }
  emitText(html.slice(pos))
  return out.result()
}
