import { createHmac, timingSafeEqual } from "node:crypto"
import { deriveKey, KeyPurpose } from "../crypto/keys"

/**
 * Signed tokens for links the helpdesk mails out:
 * `base64url(JSON payload) "." base64url(HMAC-SHA256)`, see docs/signed-links.md.
 * The payload is readable by anyone holding the link; the MAC only proves the
 * helpdesk wrote it, so a token never carries anything secret.
 */
export type TokenPurpose = "guest-link" | "confirm-link" | "form-start"

// Each purpose signs with its own key, so a token made for one purpose can
// never verify as another even if the payloads happened to look alike.
const KEYS: Record<TokenPurpose, KeyPurpose> = {
  "guest-link": "guest-link-token",
  "confirm-link": "confirm-link-token",
  "form-start": "form-start-token",
}

/** Longer input is refused before any work: real tokens are around 100–200 characters. */
export const MAX_TOKEN_LENGTH = 1024

const MAC_BYTES = 32
const BASE64URL = /^[A-Za-z0-9_-]+$/

export type TokenPayload = Record<string, string | number>

export type VerifiedToken =
  | { ok: true; payload: Record<string, unknown> }
  | { ok: false; reason: "invalid" | "expired" }

/** A token for `purpose`; with `expiresAt` it carries `exp` (Unix seconds) and stops verifying then. */
export function signToken(
  secret: string,
  purpose: TokenPurpose,
  payload: TokenPayload,
  options: { expiresAt?: Date } = {}
): string {
  if ("exp" in payload) {
    throw new Error('signToken: "exp" is reserved; pass expiresAt instead')
  }
  const body = options.expiresAt ? { ...payload, exp: Math.floor(options.expiresAt.getTime() / 1000) } : payload
  const encoded = Buffer.from(JSON.stringify(body), "utf8").toString("base64url")
  return `${encoded}.${mac(secret, purpose, encoded).toString("base64url")}`
}

/**
 * The payload of a token this helpdesk signed for `purpose`. "expired" is
 * only said of a token whose MAC verified; anything else is "invalid", with
 * no hint of which check failed.
 */
export function verifyToken(secret: string, purpose: TokenPurpose, token: unknown, now = new Date()): VerifiedToken {
  const invalid = { ok: false, reason: "invalid" } as const
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return invalid
  const parts = token.split(".")
  if (parts.length !== 2 || !parts.every(isCanonicalBase64Url)) return invalid
  const [encoded, signature] = parts
  const given = Buffer.from(signature, "base64url")
  if (given.length !== MAC_BYTES || !timingSafeEqual(given, mac(secret, purpose, encoded))) return invalid

  const payload = parseObject(Buffer.from(encoded, "base64url").toString("utf8"))
  if (!payload) return invalid
  if ("exp" in payload) {
    if (typeof payload.exp !== "number" || !Number.isFinite(payload.exp)) return invalid
    if (now.getTime() >= payload.exp * 1000) return { ok: false, reason: "expired" }
  }
  return { ok: true, payload }
}

// The purpose is in the MAC input as well as in the key, so the binding
// holds even if two purposes were ever given one key.
function mac(secret: string, purpose: TokenPurpose, encoded: string): Buffer {
  return createHmac("sha256", deriveKey(secret, KEYS[purpose])).update(`${purpose}.${encoded}`).digest()
}

// Node's decoder ignores stray trailing bits, so several strings decode to the
// same bytes; only the one spelling signToken writes is accepted.
function isCanonicalBase64Url(part: string): boolean {
  return BASE64URL.test(part) && Buffer.from(part, "base64url").toString("base64url") === part
}

function parseObject(json: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(json)
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}
