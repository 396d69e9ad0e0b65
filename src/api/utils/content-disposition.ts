/** RFC 8187 attr-char: what may stand unencoded in `filename*`. */
const ATTR_CHAR = /[A-Za-z0-9!#$&+\-.^_`|~]/

function encodeExtValue(value: string): string {
  // Buffer (not encodeURIComponent) so a lone surrogate from a broken mail becomes U+FFFD instead of throwing.
  return Array.from(Buffer.from(value, "utf8"), (byte) => {
    const char = String.fromCharCode(byte)
    return byte < 0x80 && ATTR_CHAR.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`
  }).join("")
}

/** The name for clients that ignore `filename*`: printable ASCII only, so the extension (when ASCII) survives. */
function asciiFallback(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]+/g, "_").replace(/["\\]/g, "_").trim()
  return ascii.replace(/^[_.\s]*$/, "") ? ascii : "download"
}

/**
 * A Content-Disposition value any name fits in: Node refuses header values
 * with characters above U+00FF (a Cyrillic name used to make the download 500),
 * so the name goes as an ASCII `filename` plus the exact UTF-8 `filename*`.
 */
export function contentDisposition(type: "inline" | "attachment", filename: string): string {
  return `${type}; filename="${asciiFallback(filename)}"; filename*=UTF-8''${encodeExtValue(filename)}`
}
