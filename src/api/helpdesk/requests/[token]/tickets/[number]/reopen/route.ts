import { guestTransition } from "../../../../guest-form"

/** The guest reopens an answered (closed) or cancelled request: support sees it again. */
export const POST = guestTransition("reopen", "reopened", (t) => t.errors.reopenRefused)
