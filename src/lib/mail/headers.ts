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

/** The top-level header block of a raw message: lowercase names → raw values (unfolded, not decoded). */
export function readRawHeaders(raw: Buffer): Record<string, string[]> {
  const headers: Record<string, string[]> = {}
  let text = headerBytes(raw, 1024 * 1024).toString("utf8")
  text = text.replace(/^\ufeff/, "").replace(/^(?:[ \t]*\r?\n)+/, "")
  if (/^From [^\r\n]*\r?\n/.test(text)) text = text.replace(/^From [^\r\n]*\r?\n/, "") // mbox separator
  const end = text.search(/\r?\n\r?\n/)
  const block = end >= 0 ? text.slice(0, end) : text
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
    const m = /^([!-9;-~]+)[ \t]*:(.*)$/.exec(line)
    if (m) current = { name: m[1].toLowerCase(), value: m[2] }
  }
  flush()
  return headers
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
