import { HelpdeskModuleService } from "../../../modules/helpdesk"

/**
 * How long a collection run holds a mailbox without renewing. Short, so a
 * process killed mid-run (no chance to give the mailbox back) holds it for
 * under a minute; a living run renews it every MAILBOX_LEASE_RENEW_MS.
 */
export const MAILBOX_LEASE_MS = 40_000
/** A lease fits four renewals: one slow or failed database round does not lose it. */
export const MAILBOX_LEASE_RENEW_MS = 10_000

export interface HeldLease {
  /** True once a renewal found the mailbox taken over: the run must stop. */
  lost(): boolean
  stop(): void
}

/**
 * Renews a run's lease on a timer while the run lives. The timer is
 * unref'd, so it never keeps a stopping process up, and it is stopped when
 * the run ends. A renewal that fails (the database away for a moment) is
 * tried again at the next tick; the checkpoint write is what finally
 * refuses a run whose lease ran out.
 */
export function keepMailboxLease(
  helpdesk: HelpdeskModuleService,
  mailboxId: string,
  token: string,
  renewMs = MAILBOX_LEASE_RENEW_MS
): HeldLease {
  let lost = false
  let stopped = false
  let timer: NodeJS.Timeout | null = null
  const schedule = () => {
    if (stopped || lost) return
    timer = setTimeout(async () => {
      const held = await helpdesk.renewMailboxLease(mailboxId, token, MAILBOX_LEASE_MS).catch(() => true)
      if (!held) lost = true
      schedule()
    }, renewMs)
    timer.unref()
  }
  schedule()
  return {
    lost: () => lost,
    stop: () => {
      stopped = true
      if (timer) clearTimeout(timer)
    },
  }
}
