/** Elements that never hold others open: void ones, and those the next of their kind closes. */
const NOT_NESTING = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
  "basefont", "bgsound", "frame", "keygen", "p", "li", "td", "th", "tr", "option", "optgroup", "dt", "dd",
  "rb", "rt", "rp", "tbody", "thead", "tfoot",
])

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)/g

/**
 * Whether HTML holds more than `limit` elements open at once, counted the way
 * an HTML parser keeps them (closing tags close, void elements and <p>, <li>,
 * <td>… do not nest). The HTML parser under sanitize-html moves its whole
 * stack of open elements for each new one, so a mail of unclosed tags costs
 * time quadratic in its depth (1.2 MB of "<div><span>x": 14 s). Linear; with
 * fewer "<" than `limit` it does not even look at the tags.
 */
export function nestsDeeperThan(html: string, limit: number): boolean {
  let count = 0
  for (let i = html.indexOf("<"); i >= 0 && count <= limit; i = html.indexOf("<", i + 1)) count++
  if (count <= limit) return false
  let depth = 0
  TAG.lastIndex = 0
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (NOT_NESTING.has(m[2].toLowerCase())) continue
    if (m[1]) depth = Math.max(0, depth - 1)
    else if (++depth > limit) return true
  }
  return false
}
