/** What one mail may hold; past these the rest of the mail is left out and listed (see capMimeParts). */
export const MIME_LIMITS = { depth: 50, parts: 2000, attachments: 200 }

export type MimeLimits = typeof MIME_LIMITS

/** The part of a mail left out by capMimeParts. */
export type LeftOutParts = { parts: number; bytes: number }

const BOUNDARY = /boundary\s*=\s*(?:"([^"]*)"|([^\s;]+))/i

/**
 * The raw message cut just before its first MIME part past the limits: the
 * part after the first `limits.parts`, or one nested deeper than
 * `limits.depth` multiparts. The parser then reads what comes before as a
 * mail whose multiparts end early, and the rest is counted in `leftOut`.
 * Mail with fewer lines starting "--" than the depth limit cannot pass either
 * limit (every part starts at such a line), so for almost all mail this is
 * one search for "\n--".
 */
export function capMimeParts(source: Buffer, limits: MimeLimits = MIME_LIMITS): { source: Buffer; leftOut: LeftOutParts | null } {
  let dashLines = 0
  for (let i = source.indexOf("\n--"); i >= 0 && dashLines <= limits.depth; i = source.indexOf("\n--", i + 3)) dashLines++
  if (dashLines <= limits.depth) return { source, leftOut: null }

  // latin1: one character per byte, so string offsets are byte offsets
  const text = source.toString("latin1")
  const open: string[] = [] // boundaries of the multiparts the current line is inside, outermost first
  let inHeader = true
  let contentType: string | null = null
  let inContentType = false // the header line before was Content-Type: a folded line continues it
  let parts = 0
  let cut = -1
  let leftOutParts = 0
  for (let start = 0; start < text.length; ) {
    const eol = text.indexOf("\n", start)
    const end = eol < 0 ? text.length : eol
    const line = text.slice(start, end).replace(/\r$/, "")
    if (inHeader) {
      if (!line) {
        inHeader = false
        const boundary = contentType && /^\s*multipart\//i.test(contentType) ? BOUNDARY.exec(contentType.slice(0, 4096)) : null
        // past the depth limit nothing is read but counted: deeper multiparts are not tracked
        if (boundary && (boundary[1] ?? boundary[2]) && open.length <= limits.depth) open.push(boundary[1] ?? boundary[2])
      } else if (/^[ \t]/.test(line)) {
        if (inContentType && contentType!.length < 4096) contentType += line
      } else {
        inContentType = /^content-type[ \t]*:/i.test(line)
        if (inContentType) contentType = line.slice(line.indexOf(":") + 1)
      }
    } else if (line.startsWith("--")) {
      const level = boundaryLevel(open, line)
      if (level >= 0 && line.trimEnd() === `--${open[level]}--`) {
        open.length = level
      } else if (level >= 0) {
        open.length = level + 1
        inHeader = true
        contentType = null
        inContentType = false
        if (cut >= 0) {
          leftOutParts++
        } else if (++parts > limits.parts || open.length > limits.depth) {
          cut = start
          leftOutParts = 1
        }
      }
    }
    start = end + 1
  }
  if (cut < 0) return { source, leftOut: null }
  return { source: source.subarray(0, cut), leftOut: { parts: leftOutParts, bytes: source.length - cut } }
}

/** Index in `open` of the multipart whose boundary `line` is ("--b" or "--b--"), innermost first; -1 if none. */
function boundaryLevel(open: string[], line: string): number {
  const trimmed = line.trimEnd()
  for (let level = open.length - 1; level >= 0; level--) {
    const b = open[level]
    if (trimmed === `--${b}` || trimmed === `--${b}--`) return level
  }
  return -1
}
