const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c])
}

// Stops at whitespace and at characters that cannot be in a URL written in prose.
const URL = /\bhttps?:\/\/[^\s<>"'«»]+/gi
// Punctuation that usually ends the sentence around a URL rather than the URL itself.
const TRAILING = /[.,;:!?)\]}]+$/

/** A URL without the sentence's closing punctuation, but with a ")" that closes a "(" inside it (Wikipedia-style). */
function trimUrl(url: string): string {
  const trailing = url.match(TRAILING)?.[0] ?? ""
  let end = url.length - trailing.length
  for (const c of trailing) {
    const opened = url.slice(0, end).split("(").length - url.slice(0, end).split(")").length
    if (c !== ")" || opened <= 0) break
    end++
  }
  return url.slice(0, end)
}

function linkify(line: string): string {
  let html = ""
  let last = 0
  for (const match of line.matchAll(URL)) {
    const url = trimUrl(match[0])
    const start = match.index ?? 0
    html += escapeHtml(line.slice(last, start))
    html += `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`
    last = start + url.length
  }
  return html + escapeHtml(line.slice(last))
}

/**
 * Plain text as an HTML fragment for the HTML part of a mail: everything
 * escaped (so rendered template values cannot inject markup), blank lines
 * as paragraphs, single line breaks kept, http(s) URLs as links.
 */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/^\n+|\n+$/g, ""))
    .filter((paragraph) => paragraph.trim() !== "")
    .map((paragraph) => `<p>${paragraph.split("\n").map(linkify).join("<br>")}</p>`)
    .join("\n")
}
