import { HelpdeskModuleService } from "../../../modules/helpdesk"
import { keepMailboxLease, MAILBOX_LEASE_MS, MAILBOX_LEASE_RENEW_MS } from "../utils/lease"

describe("keepMailboxLease", () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  const helpdeskAnswering = (...answers: (boolean | Error)[]) => {
    const renewMailboxLease = jest.fn(async () => {
      const next = answers.length > 1 ? answers.shift()! : answers[0]
      if (next instanceof Error) throw next
      return next
    })
    return { helpdesk: { renewMailboxLease } as unknown as HelpdeskModuleService, renewMailboxLease }
  }

  it("renews well within the lease while the run lives, and not after it stops", async () => {
    expect(MAILBOX_LEASE_MS).toBeLessThanOrEqual(60_000)
    expect(MAILBOX_LEASE_RENEW_MS * 3).toBeLessThan(MAILBOX_LEASE_MS)
    const { helpdesk, renewMailboxLease } = helpdeskAnswering(true)
    const lease = keepMailboxLease(helpdesk, "mbx_1", "token")
    await jest.advanceTimersByTimeAsync(MAILBOX_LEASE_RENEW_MS * 3)
    expect(renewMailboxLease).toHaveBeenCalledTimes(3)
    expect(renewMailboxLease).toHaveBeenCalledWith("mbx_1", "token", MAILBOX_LEASE_MS)
    lease.stop()
    await jest.advanceTimersByTimeAsync(MAILBOX_LEASE_RENEW_MS * 3)
    expect(renewMailboxLease).toHaveBeenCalledTimes(3)
    expect(lease.lost()).toBe(false)
  })

  it("keeps trying through a failed renewal and says so once the mailbox was taken over", async () => {
    const { helpdesk, renewMailboxLease } = helpdeskAnswering(new Error("connection reset"), true, false)
    const lease = keepMailboxLease(helpdesk, "mbx_1", "token")
    await jest.advanceTimersByTimeAsync(MAILBOX_LEASE_RENEW_MS * 2)
    expect(lease.lost()).toBe(false)
    await jest.advanceTimersByTimeAsync(MAILBOX_LEASE_RENEW_MS)
    expect(lease.lost()).toBe(true)
    await jest.advanceTimersByTimeAsync(MAILBOX_LEASE_RENEW_MS * 3)
    expect(renewMailboxLease).toHaveBeenCalledTimes(3)
    lease.stop()
  })
})
