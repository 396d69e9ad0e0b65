import { createFormRateLimiter } from ".."

const limits = { perIp: 3, perEmail: 2, windowSeconds: 60 }

describe("form rate limits (one process's memory store; PostgreSQL and Redis in form-rate-limit.spec.ts)", () => {
  it("lets an IP send its allowance in a window, then says how long to wait", async () => {
    const limiter = await createFormRateLimiter({ kind: "memory" }, limits)
    for (let i = 0; i < 3; i++) expect(await limiter.consume({ ip: "203.0.113.7" })).toEqual({ ok: true })
    const refused = await limiter.consume({ ip: "203.0.113.7" })
    expect(refused).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) })
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(55)
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(60)
    expect(await limiter.consume({ ip: "203.0.113.8" })).toEqual({ ok: true })
  })

  it("limits an email address across IPs, whatever its case or spaces", async () => {
    const limiter = await createFormRateLimiter({ kind: "memory" }, limits)
    expect(await limiter.consume({ ip: "198.51.100.1", email: "Ann@Shop.test" })).toEqual({ ok: true })
    expect(await limiter.consume({ ip: "198.51.100.2", email: " ann@shop.test " })).toEqual({ ok: true })
    expect(await limiter.consume({ ip: "198.51.100.3", email: "ann@shop.test" })).toMatchObject({ ok: false })
    expect(await limiter.consume({ ip: "198.51.100.3", email: null })).toEqual({ ok: true })
  })

  it("does not spend an address's allowance on a sender already over the IP limit", async () => {
    const limiter = await createFormRateLimiter({ kind: "memory" }, { ...limits, perIp: 1 })
    await limiter.consume({ ip: "192.0.2.1" })
    expect(await limiter.consume({ ip: "192.0.2.1", email: "bob@shop.test" })).toMatchObject({ ok: false })
    expect(await limiter.consume({ ip: "192.0.2.2", email: "bob@shop.test" })).toEqual({ ok: true })
    expect(await limiter.consume({ ip: "192.0.2.3", email: "bob@shop.test" })).toEqual({ ok: true })
  })

  it("claims a key once until its time runs out", async () => {
    const limiter = await createFormRateLimiter({ kind: "memory" }, limits)
    expect(await limiter.consumeOnce("altcha:abc", 1)).toBe(true)
    expect(await limiter.consumeOnce("altcha:abc", 1)).toBe(false)
    expect(await limiter.consumeOnce("altcha:def", 1)).toBe(true)
    await new Promise((r) => setTimeout(r, 1_100))
    expect(await limiter.consumeOnce("altcha:abc", 1)).toBe(true)
  })
})
