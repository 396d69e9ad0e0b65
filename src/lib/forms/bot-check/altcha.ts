import type { Challenge, Solution } from "altcha-lib" with { "resolution-mode": "import" }
import { deriveKey as deriveSecret } from "../../crypto/keys"
import { loadAltcha } from "./altcha-lib"

/**
 * ALTCHA proof of work (altcha-lib's v2 format, which the `altcha` widget v3
 * solves with its built-in SHA-256 workers): the browser searches for a
 * counter whose hash starts with the signed key prefix; the server checks
 * the answer with two HMACs and no search.
 */
export const ALTCHA_ALGORITHM = "SHA-256"
export const DEFAULT_ALTCHA_MAX_NUMBER = 50_000
export const ALTCHA_TTL_SECONDS = 10 * 60

/** What the widget puts in its hidden field is a few hundred characters; more is not ours. */
const MAX_PAYLOAD_LENGTH = 4096

export type FormChallenge = Challenge

export interface FormSolutionOptions {
  /**
   * Claims the solved challenge; false when it was claimed before. The key is
   * the challenge's signed nonce, the TTL the seconds it stays valid, so a
   * store such as the rate limiter's `consumeOnce` can forget it after.
   */
  consumeOnce?: (key: string, ttlSeconds: number) => Promise<boolean>
}

/** The challenge JSON the widget fetches (its `challenge` attribute points at a route that answers this). */
export async function createFormChallenge(
  secret: string,
  now = new Date(),
  options: { maxNumber?: number } = {}
): Promise<FormChallenge> {
  const maxNumber = options.maxNumber ?? DEFAULT_ALTCHA_MAX_NUMBER
  const { createChallenge, randomInt, sha } = await loadAltcha()
  return createChallenge({
    algorithm: ALTCHA_ALGORITHM,
    cost: 1,
    // Never below half the maximum: a challenge with a tiny counter would let a bot through for free.
    counter: randomInt(maxNumber, Math.ceil(maxNumber / 2)),
    deriveKey: sha,
    expiresAt: new Date(now.getTime() + ALTCHA_TTL_SECONDS * 1000),
    ...keys(secret),
  })
}

/** Whether `payload` (the widget's base64 JSON) solves a challenge this store made, unexpired and, with `consumeOnce`, unused. */
export async function verifyFormSolution(secret: string, payload: unknown, options: FormSolutionOptions = {}): Promise<boolean> {
  const decoded = decode(payload)
  if (!decoded) return false
  const { challenge, solution } = decoded
  const { verifySolution, sha } = await loadAltcha()
  try {
    const result = await verifySolution({ challenge, solution, deriveKey: sha, ...keys(secret) })
    if (!result.verified) return false
  } catch {
    // altcha-lib throws on parameters it cannot use; none of ours would carry them.
    return false
  }
  if (!options.consumeOnce) return true
  const expiresAt = challenge.parameters.expiresAt ?? 0
  const ttl = Math.max(1, Math.ceil(expiresAt - Date.now() / 1000))
  return options.consumeOnce(`altcha:${challenge.parameters.nonce}`, ttl)
}

// A key of its own for the key signature: it lets verification skip the hash,
// so it must not be a MAC anyone could get from the challenge signature.
function keys(secret: string) {
  return {
    hmacSignatureSecret: deriveSecret(secret, "form-challenge").toString("hex"),
    hmacKeySignatureSecret: deriveSecret(secret, "form-challenge-key").toString("hex"),
  }
}

function decode(payload: unknown): { challenge: Challenge; solution: Solution } | null {
  if (typeof payload !== "string" || payload.length > MAX_PAYLOAD_LENGTH) return null
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(payload, "base64").toString("utf8"))
  } catch {
    return null
  }
  if (!isObject(value) || !isObject(value.challenge) || !isObject(value.solution)) return null
  const { parameters, signature } = value.challenge
  if (!isObject(parameters) || typeof signature !== "string") return null
  // Only the shape this store hands out: the signature covers the rest.
  if (parameters.algorithm !== ALTCHA_ALGORITHM || typeof parameters.nonce !== "string" || typeof parameters.expiresAt !== "number") return null
  return { challenge: value.challenge as unknown as Challenge, solution: value.solution as unknown as Solution }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}
