import { escapeHtml, HtmlDocument, PUBLIC_PAGE_HEADERS, renderHtmlDocument } from "./public-page"

/**
 * The guest "My requests" pages post their own forms, so unlike the other
 * public pages they allow `form-action 'self'`; still no script, no frame,
 * nothing loaded from anywhere.
 */
export const GUEST_PAGE_HEADERS: Readonly<Record<string, string>> = {
  ...PUBLIC_PAGE_HEADERS,
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
}

const STYLE = [
  "*{box-sizing:border-box}",
  "body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;background:#f4f4f5;color:#18181b}",
  "main{max-width:48rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.1)}",
  "@media (max-width:40rem){main{margin:0;border-radius:0;padding:1rem}}",
  "p.site{margin:0 0 1rem;color:#52525b;font-size:.875rem}",
  "h1{margin:0 0 .5rem;font-size:1.375rem}h2{font-size:1.125rem;margin:1.5rem 0 .5rem}",
  "a{color:#1d4ed8}a:focus,button:focus,textarea:focus,input:focus{outline:3px solid #93c5fd;outline-offset:2px}",
  "ul.requests,ol.history{list-style:none;margin:0;padding:0}",
  "ul.requests li{padding:.75rem 0;border-top:1px solid #e4e4e7}",
  "ol.history li{padding:.75rem;margin:.5rem 0;border-radius:8px;background:#f4f4f5}",
  "ol.history li.support{background:#eff6ff}",
  ".meta{color:#52525b;font-size:.875rem}",
  ".badge{display:inline-block;padding:0 .5rem;border-radius:999px;background:#1d4ed8;color:#fff;font-size:.75rem;font-weight:600}",
  ".body{white-space:pre-wrap;overflow-wrap:anywhere;margin:.25rem 0 0}",
  "[role=alert]{padding:.75rem;border-radius:8px;background:#fef2f2;color:#991b1b;border:1px solid #fecaca}",
  "[role=status]{padding:.75rem;border-radius:8px;background:#f0fdf4;color:#166534;border:1px solid #bbf7d0}",
  "label{display:block;font-weight:600;margin:.75rem 0 .25rem}",
  "textarea{width:100%;min-height:8rem;font:inherit;padding:.5rem;border:1px solid #a1a1aa;border-radius:6px}",
  "button{font:inherit;padding:.5rem 1rem;border-radius:6px;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer;margin-top:.75rem}",
  "button.secondary{background:#fff;color:#1d4ed8}",
  "form.action{margin-top:1rem}",
].join("")

export type GuestLayout = Omit<HtmlDocument, "style">

export function renderGuestLayout(page: GuestLayout): string {
  return renderHtmlDocument({ ...page, style: STYLE })
}

/**
 * A moment as a `<time>` element; the server does not know the reader's
 * time zone, so the text says UTC.
 */
export function renderTime(language: string, value: Date | string): string {
  const date = new Date(value)
  const text = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(date)
  return `<time datetime="${escapeHtml(date.toISOString())}">${escapeHtml(text)} UTC</time>`
}

/** An alert (errors, read out at once) or a status line (what just happened). */
export function renderAnnouncement(kind: "alert" | "status", text: string | null | undefined): string {
  return text ? `<p role="${kind}">${escapeHtml(text)}</p>` : ""
}
