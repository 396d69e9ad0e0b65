/**
 * Small pages the helpdesk serves to customers straight from a link in a
 * mail (no storefront involved): self-contained HTML, nothing loaded from
 * anywhere, every value escaped.
 */
export const PUBLIC_PAGE_HEADERS: Readonly<Record<string, string>> = {
  "Content-Type": "text/html; charset=utf-8",
  // Nothing but the inline style may load or run; no one may frame the page.
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "X-Content-Type-Options": "nosniff",
  // The token in the URL must not travel on to any other site.
  "Referrer-Policy": "no-referrer",
  // A page about one person's request is not for shared caches, nor for the back button of a shared computer.
  "Cache-Control": "no-store",
  "X-Robots-Tag": "noindex, nofollow",
}

export interface PublicPage {
  language: string
  /** The store's name, shown above the message. */
  site: string
  heading: string
  text: string
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c])
}

const STYLE = [
  "body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;background:#f4f4f5;color:#18181b}",
  "main{max-width:32rem;margin:12vh auto;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.1)}",
  "p.site{margin:0 0 1rem;color:#71717a;font-size:.875rem}",
  "h1{margin:0 0 .5rem;font-size:1.375rem}",
  "p{margin:0}",
].join("")

export interface HtmlDocument {
  language: string
  site: string
  title: string
  style: string
  /** Already escaped HTML of the page's main content. */
  body: string
}

/** The frame every public page shares: language, title with the store's name, inline style, one main. */
export function renderHtmlDocument(page: HtmlDocument): string {
  const e = escapeHtml
  return [
    "<!doctype html>",
    `<html lang="${e(page.language)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(page.title)} · ${e(page.site)}</title><style>${page.style}</style></head>`,
    `<body><main><p class="site">${e(page.site)}</p>${page.body}</main></body>`,
    "</html>",
  ].join("\n")
}

export function renderPublicPage(page: PublicPage): string {
  const e = escapeHtml
  return renderHtmlDocument({
    language: page.language,
    site: page.site,
    title: page.heading,
    style: STYLE,
    body: `<h1>${e(page.heading)}</h1><p>${e(page.text)}</p>`,
  })
}

/**
 * The first of `supported` that the visitor asked for: `preferred` (what the
 * helpdesk knows of them) first, then their browser's Accept-Language by
 * weight, then `fallback`.
 */
export function pickLanguage<L extends string>(
  supported: readonly L[],
  preferred: string | null | undefined,
  acceptLanguage: string | undefined,
  fallback: L
): L {
  const match = (tag: string | null | undefined) =>
    supported.find((l) => l === tag?.trim().toLowerCase().split(/[-_]/)[0])
  const known = match(preferred)
  if (known) return known
  const asked = (acceptLanguage ?? "")
    .slice(0, 500)
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [tag, ...params] = part.split(";")
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean)
      return { tag, q: q === undefined ? 1 : Number(q), index }
    })
    .filter((a) => a.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const a of asked) {
    const found = match(a.tag)
    if (found) return found
  }
  return fallback
}
