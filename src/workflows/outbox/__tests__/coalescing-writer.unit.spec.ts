import { coalescingWriter } from "../utils/coalescing-writer"

describe("coalescingWriter", () => {
  it("writes the first item at once and what arrives meanwhile together, one write at a time", async () => {
    const writes: number[][] = []
    let inFlight = 0
    let most = 0
    const write = coalescingWriter(async (items: number[]) => {
      inFlight++
      most = Math.max(most, inFlight)
      writes.push(items)
      await new Promise((r) => setTimeout(r, 20))
      inFlight--
      return items
    })
    const results = await Promise.all([1, 2, 3, 4].map((n) => write(n)))
    expect(results).toEqual([true, true, true, true])
    expect(writes).toEqual([[1], [2, 3, 4]])
    expect(most).toBe(1)
    await write(5)
    expect(writes.at(-1)).toEqual([5])
  })

  it("tells the items of a failed write, and goes on with the next", async () => {
    let calls = 0
    const write = coalescingWriter(async (items: string[]) => {
      if (calls++ === 0) throw new Error("database down")
      return items
    })
    expect(await Promise.all([write("a"), write("b")])).toEqual([false, true])
  })
})
