/**
 * The first `limit` bytes of a raw message, cut after the blank line that
 * ends its header block (blank lines and a BOM before the headers do not
 * count): header readers then decode the headers, not the whole body.
 */
export function headerBytes(raw: Buffer, limit: number): Buffer {
  const head = raw.subarray(0, limit)
  let start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0
  while (start < head.length && (head[start] === 0x0a || head[start] === 0x0d || head[start] === 0x20 || head[start] === 0x09)) start++
  for (let i = head.indexOf(0x0a, start); i >= 0; i = head.indexOf(0x0a, i + 1)) {
    if (head[i + 1] === 0x0a) return head.subarray(0, i + 2)
    if (head[i + 1] === 0x0d && head[i + 2] === 0x0a) return head.subarray(0, i + 3)
  }
  return head
}

const HEADER_LIMIT = 1024 * 1024
const HEADER_LINE = /^([!-9;-~]+)[ \t]*:(.*)$/

/** The top-level header block as text: without a BOM, leading blank lines, an mbox "From " line, or the body. */
function headerBlock(raw: Buffer, encoding: "utf8" | "latin1"): string {
  let text = headerBytes(raw, HEADER_LIMIT).toString(encoding)
  text = text.replace(encoding === "utf8" ? /^\ufeff/ : /^\u00ef\u00bb\u00bf/, "").replace(/^(?:[ \t]*\r?\n)+/, "")
  if (/^From [^\r\n]*\r?\n/.test(text)) text = text.replace(/^From [^\r\n]*\r?\n/, "") // mbox separator
  const end = text.search(/\r?\n\r?\n/)
  return end >= 0 ? text.slice(0, end) : text
}

/**
 * The top-level header block of a raw message: lowercase names → raw values (unfolded, not decoded).
 * The map has no prototype: a header named "__proto__" or "constructor" is a header like any other.
 */
export function readRawHeaders(raw: Buffer): Record<string, string[]> {
  const headers: Record<string, string[]> = Object.create(null)
  const block = headerBlock(raw, "utf8")
  let current: { name: string; value: string } | null = null
  const flush = () => {
    if (current) (headers[current.name] ||= []).push(current.value.trim())
    current = null
  }
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && current) {
      current.value += line // unfolding removes only the line break
      continue
    }
    flush()
    const m = HEADER_LINE.exec(line)
    if (m) current = { name: m[1].toLowerCase(), value: m[2] }
  }
  flush()
  return headers
}

/**
 * The first value of one header, as readRawHeaders gives it, without reading
 * the rest: mail ingest keys every fetched mail by its Message-ID on the
 * thread that also stores mail, where splitting whole header blocks (some
 * mails carry kilobytes of Received and DKIM lines) was a measurable cost.
 * The block is searched as latin1 (one character per byte); only the line
 * found is decoded as UTF-8.
 */
export function readRawHeader(raw: Buffer, name: string): string | null {
  const block = headerBlock(raw, "latin1")
  const lines = /\r?\n/g
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  const start = new RegExp(`(?:^|\\n)${escaped}[ \\t]*:`, "gi")
  for (let m = start.exec(block); m; m = start.exec(block)) {
    const from = m.index + (block[m.index] === "\n" ? 1 : 0)
    // The line and its continuation lines (they start with a space or a tab).
    let to = from
    for (;;) {
      lines.lastIndex = to
      const eol = lines.exec(block)
      if (!eol) {
        to = block.length
        break
      }
      to = eol.index
      const next = block[eol.index + eol[0].length]
      if (next !== " " && next !== "\t") break
      to = eol.index + eol[0].length
    }
    const [first, ...rest] = Buffer.from(block.slice(from, to), "latin1").toString("utf8").split(/\r?\n/)
    const header = HEADER_LINE.exec(first)
    if (header) return (header[2] + rest.join("")).trim()
  }
  return null
}

/** Message-IDs in a Message-ID / In-Reply-To / References value, without angle brackets, in order. */
export function parseMessageIds(value: string | null | undefined): string[] {
  if (!value) return []
  const bracketed = [...value.matchAll(/<\s*([^<>\s]+)\s*>/g)].map((m) => m[1])
  let ids = bracketed
  if (!ids.length) {
    const tokens = value.split(/[\s,]+/).map((s) => s.replace(/^<|>$/g, "").trim()).filter(Boolean)
    ids = tokens.length === 1 ? tokens : tokens.filter((s) => s.includes("@"))
  }
  return [...new Set(ids)]
}
