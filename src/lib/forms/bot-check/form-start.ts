import { signToken, verifyToken } from "../../tokens/signed-token"

/** How long a page with the form may stay open before its start token no longer counts. */
export const FORM_START_TTL_SECONDS = 24 * 60 * 60

export type FormStartCheck = { ok: true } | { ok: false; reason: "invalid" | "too_fast" | "expired" }

/**
 * A token handed out with the form's schema, naming the form and when it was
 * served. Bots that post straight away, or post a token taken from another
 * form, are told apart from people who spent a few seconds typing.
 */
export function createFormStartToken(secret: string, formId: string, now = new Date()): string {
  return signToken(
    secret,
    "form-start",
    { f: formId, s: now.getTime() },
    { expiresAt: new Date(now.getTime() + FORM_START_TTL_SECONDS * 1000) }
  )
}

/** Whether a submission of `formId` came at least `minSeconds` after its form was served. */
export function checkFormStart(
  secret: string,
  token: unknown,
  formId: string,
  minSeconds: number,
  now = new Date()
): FormStartCheck {
  const verified = verifyToken(secret, "form-start", token, now)
  if (!verified.ok) return verified
  const { f, s } = verified.payload
  if (f !== formId || typeof s !== "number" || !Number.isSafeInteger(s)) return { ok: false, reason: "invalid" }
  // A start in the future (clocks of two store processes apart) counts as too fast, never as a pass.
  return now.getTime() - s >= minSeconds * 1000 ? { ok: true } : { ok: false, reason: "too_fast" }
}
