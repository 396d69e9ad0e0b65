/** How long a collection run holds a mailbox without renewing; a crashed run frees it after this. */
export const MAILBOX_LEASE_MS = 5 * 60 * 1000
