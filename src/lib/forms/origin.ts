/**
 * Whether a text is an origin a page embedding a form may be served from:
 * http(s) scheme, host and port, no path. Plain TypeScript, so the admin's
 * form builder checks origins by the same rule as the server.
 */
export function isOrigin(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value.replace(/\/$/, "")
  } catch {
    return false
  }
}
