import { chunkSizes, chunkUids, SMALL_MAIL_BYTES } from "../utils/collect-mailbox"

const sum = (sizes: number[]) => sizes.reduce((a, b) => a + b, 0)

describe("chunkSizes", () => {
  it("covers every new mail once, in chunks of at most 600", () => {
    for (const total of [0, 1, 49, 50, 51, 120, 350, 351, 999, 2000, 5003]) {
      const sizes = chunkSizes(total)
      expect(sum(sizes)).toBe(total)
      expect(sizes.every((s) => s > 0 && s <= 600)).toBe(true)
    }
  })

  it("starts small so the database starts early, then stores large chunks, as each store has a fixed cost", () => {
    expect(chunkSizes(2000)).toEqual([100, 200, 400, 600, 600, 100])
    expect(chunkSizes(30)).toEqual([30])
    expect(chunkSizes(120)).toEqual([100, 20])
  })
})

describe("chunkUids", () => {
  const MB = 1024 * 1024

  it("cuts the chunks of chunkSizes where their mail would pass the byte limit, keeping every UID once and in order", () => {
    const uids = Array.from({ length: 2000 }, (_, i) => i + 1)
    // No large mail: the chunks of chunkSizes, as a full chunk of small mail fits the limit.
    expect(chunkUids(uids, new Map()).map((c) => c.length)).toEqual(chunkSizes(2000))
    expect(SMALL_MAIL_BYTES * Math.max(...chunkSizes(5000))).toBeLessThanOrEqual(64 * MB)

    // Mail near the 25 MB limit: two fit under 64 MB, so 100 + 20 mails become chunks of two.
    const some = uids.slice(0, 120)
    const large = new Map(some.map((uid) => [uid, 25 * MB]))
    const chunks = chunkUids(some, large, 64 * MB)
    expect(chunks.flat()).toEqual(some)
    expect(chunks.every((c) => c.reduce((sum, uid) => sum + large.get(uid)!, 0) <= 64 * MB)).toBe(true)
    expect(chunks).toHaveLength(50 + 10)
  })

  it("lets one mail larger than the limit share a chunk with small mail, and cuts before the next large one", () => {
    expect(chunkUids([1, 2, 3, 4], new Map([[2, 100 * MB]]), 64 * MB)).toEqual([[1, 2, 3, 4]])
    expect(chunkUids([1, 2, 3, 4], new Map([[2, 100 * MB], [3, 1 * MB]]), 64 * MB)).toEqual([[1, 2], [3, 4]])
  })

  it("keeps a full chunk of small mail whole when a few large mails come with it", () => {
    // Counting small mail at the most it could be cut such a chunk in two, and each extra chunk is a store of its own.
    const uids = Array.from({ length: 2000 }, (_, i) => i + 1)
    const large = new Map([[350, 400 * 1024], [700, 2 * MB], [1100, 600 * 1024]])
    expect(chunkUids(uids, large).map((c) => c.length)).toEqual(chunkSizes(2000))
  })
})
