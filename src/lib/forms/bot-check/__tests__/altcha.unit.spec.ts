import { ALTCHA_TTL_SECONDS, createFormChallenge, createFormRateLimiter, verifyFormSolution } from ".."
import { solveLikeTheWidget } from "./widget-solver"

const SECRET = "a-test-secret-that-is-long-enough-0123456789"
// Small enough that the widget's worker solves it in a blink; the format is what is under test.
const EASY = { maxNumber: 2_000 }

async function solvedPayload(now = new Date(), secret = SECRET) {
  // Through JSON, as the widget receives the challenge from the route.
  return solveLikeTheWidget(JSON.stringify(await createFormChallenge(secret, now, EASY)))
}

function edit(payload: string, change: (decoded: any) => void): string {
  const decoded = JSON.parse(Buffer.from(payload, "base64").toString("utf8"))
  change(decoded)
  return Buffer.from(JSON.stringify(decoded)).toString("base64")
}

describe("ALTCHA proof of work for public forms", () => {
  it("hands out a SHA-256 challenge, signed, that expires in ten minutes", async () => {
    const now = new Date()
    const challenge = await createFormChallenge(SECRET, now, EASY)
    expect(challenge.parameters).toMatchObject({ algorithm: "SHA-256", expiresAt: Math.floor(now.getTime() / 1000) + ALTCHA_TTL_SECONDS })
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/)
  })

  it("accepts what the altcha widget's own worker puts in the hidden field", async () => {
    expect(await verifyFormSolution(SECRET, await solvedPayload())).toBe(true)
  })

  it("makes the browser work: the answer is never below half the maximum", async () => {
    const payload = await solvedPayload()
    const { solution } = JSON.parse(Buffer.from(payload, "base64").toString("utf8"))
    expect(solution.counter).toBeGreaterThanOrEqual(EASY.maxNumber / 2)
    expect(solution.counter).toBeLessThanOrEqual(EASY.maxNumber)
  })

  it("refuses a wrong answer, an altered challenge, another store's challenge and an expired one", async () => {
    const payload = await solvedPayload()
    const wrongCounter = edit(payload, (p) => (p.solution.counter += 1))
    const wrongKey = edit(payload, (p) => (p.solution.derivedKey = "00".repeat(32)))
    const longerLife = edit(payload, (p) => (p.challenge.parameters.expiresAt += 3600))
    const easierPrefix = edit(payload, (p) => (p.challenge.parameters.keyPrefix = "00"))
    for (const tampered of [wrongKey, longerLife, easierPrefix]) expect(await verifyFormSolution(SECRET, tampered)).toBe(false)
    // The key signature covers the derived key, not the counter: a wrong counter with the right key proves the work all the same.
    expect(await verifyFormSolution(SECRET, wrongCounter)).toBe(true)

    expect(await verifyFormSolution(SECRET, await solvedPayload(new Date(), "another-store-secret-also-long-enough-0123"))).toBe(false)
    const elevenMinutesAgo = new Date(Date.now() - 11 * 60 * 1000)
    expect(await verifyFormSolution(SECRET, await solvedPayload(elevenMinutesAgo))).toBe(false)
  })

  it("refuses anything that is not a widget payload, without throwing", async () => {
    const junk = [undefined, null, 42, "", "not base64 json", Buffer.from("[]").toString("base64"), Buffer.from('{"challenge":{},"solution":{}}').toString("base64"), "A".repeat(10_000)]
    for (const payload of junk) expect(await verifyFormSolution(SECRET, payload)).toBe(false)
  })

  it("lets a solved challenge be used once when the caller passes consumeOnce", async () => {
    const limiter = await createFormRateLimiter({ kind: "memory" }, { perIp: 10, perEmail: 5, windowSeconds: 3600 })
    const claims: Array<[string, number]> = []
    const consumeOnce = (key: string, ttl: number) => (claims.push([key, ttl]), limiter.consumeOnce(key, ttl))
    const payload = await solvedPayload()

    expect(await verifyFormSolution(SECRET, payload, { consumeOnce })).toBe(true)
    expect(await verifyFormSolution(SECRET, payload, { consumeOnce })).toBe(false)
    expect(await verifyFormSolution(SECRET, await solvedPayload(), { consumeOnce })).toBe(true)
    // Remembered as long as the challenge could still be used, and no longer.
    expect(claims[0][1]).toBeGreaterThan(ALTCHA_TTL_SECONDS - 5)
    expect(claims[0][1]).toBeLessThanOrEqual(ALTCHA_TTL_SECONDS)
  })

  it("does not spend the claim on a payload that fails", async () => {
    const claimed: string[] = []
    const consumeOnce = async (key: string) => (claimed.push(key), true)
    expect(await verifyFormSolution(SECRET, edit(await solvedPayload(), (p) => (p.solution.derivedKey = "00".repeat(32))), { consumeOnce })).toBe(false)
    expect(claimed).toEqual([])
  })
})
