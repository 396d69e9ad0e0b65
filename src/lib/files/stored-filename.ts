import path from "node:path"

/**
 * Most UTF-8 bytes of the name handed to the File provider. Providers add to
 * it (the local one a prefix and a timestamp, ~30 bytes) and most file
 * systems refuse names over 255 bytes: 120 Cyrillic letters are 240.
 */
export const MAX_STORED_NAME_BYTES = 100

/** An extension longer than this is part of the name, not a type: "Report.final version of march" keeps no ".final…". */
const MAX_EXTENSION_BYTES = 16

/**
 * The name a file is stored under: no path separators or control characters,
 * at most `maxBytes` UTF-8 bytes, its extension kept, cut between characters
 * (never inside one). The full name stays on the attachment for display.
 */
export function storedFilename(name: string, maxBytes = MAX_STORED_NAME_BYTES): string {
  const clean = name.replace(/[\u0000-\u001f\u007f\\/]/g, "_").trim() || "file"
  if (Buffer.byteLength(clean) <= maxBytes) return clean
  const extension = path.extname(clean)
  const keep = extension && Buffer.byteLength(extension) <= MAX_EXTENSION_BYTES ? extension : ""
  return cutToBytes(clean.slice(0, clean.length - keep.length), maxBytes - Buffer.byteLength(keep)) + keep
}

/** The longest start of `text` within `maxBytes` UTF-8 bytes; code points stay whole (surrogate pairs included). */
function cutToBytes(text: string, maxBytes: number): string {
  let bytes = 0
  let out = ""
  for (const char of text) {
    bytes += Buffer.byteLength(char)
    if (bytes > maxBytes) break
    out += char
  }
  return out
}
