import { signToken, verifyToken } from "./signed-token"

/**
 * REQUEST_LIST_URL: a guest's permanent link to their requests. It names the
 * contact by id (no email address in URLs that end up in logs) and the
 * contact's `access_version` when it was made; raising the version revokes
 * every link made before, and nothing else does — the link does not expire.
 */
export interface GuestLinkClaims {
  contact_id: string
  access_version: number
}

export interface GuestContact {
  email: string
  access_version: number
}

export function createGuestToken(secret: string, claims: GuestLinkClaims): string {
  return signToken(secret, "guest-link", { c: claims.contact_id, v: claims.access_version })
}

/** What a guest token says, if the helpdesk signed it; whether it is still current needs the contact. */
export function readGuestToken(secret: string, token: unknown): GuestLinkClaims | null {
  const verified = verifyToken(secret, "guest-link", token)
  if (!verified.ok) return null
  const { c, v } = verified.payload
  if (typeof c !== "string" || !c || !Number.isSafeInteger(v)) return null
  return { contact_id: c, access_version: v as number }
}

/**
 * The contact's email when the token is genuine and its version is the
 * contact's current one; null for anything else (altered, revoked, unknown
 * contact).
 */
export async function verifyGuestToken(
  secret: string,
  token: unknown,
  findContact: (id: string) => Promise<GuestContact | null>
): Promise<string | null> {
  const claims = readGuestToken(secret, token)
  if (!claims) return null
  const contact = await findContact(claims.contact_id)
  return contact && contact.access_version === claims.access_version ? contact.email : null
}

/** Where the storefront serves a guest's requests. */
export function guestLinkUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/helpdesk/requests/${token}`
}
