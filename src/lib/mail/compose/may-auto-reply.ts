/**
 * Local parts that are machines, not people: answering them is at best
 * wasted and at worst one half of a mail loop (RFC 3834 §2: do not respond
 * to mail from such senders).
 */
const MACHINE_LOCAL_PART = /^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?|bounce[-+].*|.*-bounces?|listserv|majordomo|owner-.+|.+-owner|.+-request)$/i

/**
 * Whether the helpdesk may send an automatic mail (receipt, confirmation)
 * to the sender of a message: never to an automatic mail (an auto-reply,
 * bounce or bulk mail the parser flagged, SPEC F-MAIL-LOOP), never to a
 * machine's address, never to no address.
 */
export function mayAutoReply(sender: { address: string | null | undefined; auto?: string | null }): boolean {
  if (sender.auto) return false
  const address = (sender.address ?? "").trim()
  const at = address.lastIndexOf("@")
  if (at <= 0) return false
  return !MACHINE_LOCAL_PART.test(address.slice(0, at))
}
