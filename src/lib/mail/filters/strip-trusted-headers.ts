/**
 * `X-Helpdesk-*` headers are the helpdesk's own. Coming from outside they are
 * forged or copied, so the inbound chain drops them before any filter reads
 * headers: nothing a sender writes there can steer threading or trust.
 */
export function stripTrustedHeaders(headers: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !name.toLowerCase().startsWith("x-helpdesk-")))
}
