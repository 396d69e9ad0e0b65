/**
 * `X-Helpdesk-*` headers are the helpdesk's own. Coming from outside they are
 * forged or copied, so the inbound chain drops them before any filter reads
 * headers: nothing a sender writes there can steer threading or trust.
 * Returns the same object when there is nothing to drop (almost all mail).
 */
export function stripTrustedHeaders(headers: Record<string, string[]>): Record<string, string[]> {
  const forged = (name: string) => name.toLowerCase().startsWith("x-helpdesk-")
  if (!Object.keys(headers).some(forged)) return headers
  // a map without a prototype, like readRawHeaders': the names come from the mail
  return Object.assign(Object.create(null), Object.fromEntries(Object.entries(headers).filter(([name]) => !forged(name))))
}
