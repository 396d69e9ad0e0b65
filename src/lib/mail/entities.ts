/**
 * HTML character references: numeric ones and the named ones mail HTML actually uses. Without a
 * prototype, so "&constructor;" in a mail is an unknown name, not Object's function.
 */
const NAMED: Record<string, string> = Object.assign(Object.create(null), {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ensp: "\u2002", emsp: "\u2003",
  thinsp: "\u2009", zwnj: "\u200c", zwj: "\u200d", lrm: "\u200e", rlm: "\u200f", shy: "\u00ad",
  copy: "©", reg: "®", trade: "™", hellip: "…", mdash: "—", ndash: "–", minus: "−",
  lsquo: "‘", rsquo: "’", sbquo: "‚", ldquo: "“", rdquo: "”", bdquo: "„", laquo: "«", raquo: "»",
  lsaquo: "‹", rsaquo: "›", bull: "•", middot: "·", prime: "′", Prime: "″", dagger: "†", Dagger: "‡",
  euro: "€", pound: "£", yen: "¥", cent: "¢", curren: "¤", sect: "§", para: "¶", deg: "°",
  plusmn: "±", times: "×", divide: "÷", frac12: "½", frac14: "¼", frac34: "¾", sup1: "¹", sup2: "²",
  sup3: "³", micro: "µ", iexcl: "¡", iquest: "¿", ordf: "ª", ordm: "º", not: "¬", macr: "¯",
  acute: "´", cedil: "¸", uml: "¨", brvbar: "¦", larr: "←", rarr: "→", uarr: "↑", darr: "↓",
  harr: "↔", hearts: "♥", check: "✓", star: "☆", infin: "∞", ne: "≠", le: "≤", ge: "≥",
  szlig: "ß", eth: "ð", ETH: "Ð", thorn: "þ", THORN: "Þ", oelig: "œ", OElig: "Œ", scaron: "š",
  Scaron: "Š", zcaron: "ž", Zcaron: "Ž", Yuml: "Ÿ", fnof: "ƒ", circ: "ˆ", tilde: "˜",
})

// Latin-1 letters: &Auml; &eacute; &ntilde; ... built from their base letter and accent name.
const ACCENTS: Record<string, string> = { grave: "\u0300", acute: "\u0301", circ: "\u0302", tilde: "\u0303", uml: "\u0308", ring: "\u030a", cedil: "\u0327" }
for (const base of "AEIOUYaeiouyNnCc") {
  for (const [name, mark] of Object.entries(ACCENTS)) {
    const composed = (base + mark).normalize("NFC")
    if (composed.length === 1) NAMED[base + name] = composed
  }
}
Object.assign(NAMED, { AElig: "Æ", aelig: "æ", Oslash: "Ø", oslash: "ø", yuml: "ÿ" })

/** Decodes character references; unknown names stay as they are. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31})(;?)/g, (whole, ref: string, semi: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      if (!code || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd"
      return String.fromCodePoint(code)
    }
    const value = NAMED[ref]
    if (value === undefined) return whole
    // without ";" only the legacy references that browsers accept that way
    if (!semi && !/^(amp|lt|gt|quot|nbsp|copy|reg)$/.test(ref)) return whole
    return value
  })
}
