import { guestTransition } from "../../../../guest-form"

/** The guest withdraws a request that support has not closed yet. */
export const POST = guestTransition("cancel", "cancelled", (t) => t.errors.cancelRefused)
