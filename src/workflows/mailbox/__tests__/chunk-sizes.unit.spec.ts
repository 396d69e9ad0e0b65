import { chunkSizes } from "../utils/collect-mailbox"

const sum = (sizes: number[]) => sizes.reduce((a, b) => a + b, 0)

describe("chunkSizes", () => {
  it("covers every new mail once, in chunks of at most 400", () => {
    for (const total of [0, 1, 49, 50, 51, 120, 350, 351, 999, 2000, 5003]) {
      const sizes = chunkSizes(total)
      expect(sum(sizes)).toBe(total)
      expect(sizes.every((s) => s > 0 && s <= 400)).toBe(true)
    }
  })

  it("starts small so the database starts early, and ends small so the last store is short", () => {
    expect(chunkSizes(2000)).toEqual([100, 200, 400, 400, 400, 150, 200, 100, 50])
    expect(chunkSizes(30)).toEqual([30])
    expect(chunkSizes(120)).toEqual([70, 50])
  })
})
