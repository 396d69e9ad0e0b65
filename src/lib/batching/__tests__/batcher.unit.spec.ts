import { batcherPerOwner, createBatcher } from "../batcher"

/** A run that records each batch it was given and finishes when told. */
function recordingRun(fail: (item: number) => boolean = () => false) {
  const batches: number[][] = []
  const release: (() => void)[] = []
  const run = async (items: number[]) => {
    batches.push(items)
    await new Promise<void>((r) => release.push(r))
    if (items.some(fail)) throw new Error(`bad item in ${items.join(",")}`)
    return items.map((i) => i * 10)
  }
  const releaseAll = async () => {
    // Let every batch the previous release started reach its await, then free it.
    for (let turn = 0; turn < 50; turn++) {
      await new Promise((r) => setImmediate(r))
      release.splice(0).forEach((r) => r())
    }
  }
  return { run, batches, releaseAll }
}

describe("createBatcher (group commit)", () => {
  it("runs a lone call at once, by itself", async () => {
    const { run, batches, releaseAll } = recordingRun()
    const add = createBatcher(run, { maxSize: 10 })
    const answer = add(1)
    await releaseAll()
    await expect(answer).resolves.toBe(10)
    expect(batches).toEqual([[1]])
  })

  it("puts calls made while a batch is written into the next batch, each caller getting its own answer", async () => {
    const { run, batches, releaseAll } = recordingRun()
    const add = createBatcher(run, { maxSize: 10 })
    const first = add(1)
    await new Promise((r) => setImmediate(r))
    const later = [add(2), add(3), add(4)]
    await releaseAll()
    await expect(first).resolves.toBe(10)
    await expect(Promise.all(later)).resolves.toEqual([20, 30, 40])
    expect(batches).toEqual([[1], [2, 3, 4]])
  })

  it("never puts more than maxSize calls in one batch", async () => {
    const { run, batches, releaseAll } = recordingRun()
    const add = createBatcher(run, { maxSize: 2 })
    const answers = [1, 2, 3, 4, 5].map(add)
    await releaseAll()
    await expect(Promise.all(answers)).resolves.toEqual([10, 20, 30, 40, 50])
    expect(batches).toEqual([[1, 2], [3, 4], [5]])
  })

  it("runs each call of a failed batch again alone, so only the bad one fails", async () => {
    const { run, batches, releaseAll } = recordingRun((i) => i === 2)
    const add = createBatcher(run, { maxSize: 10 })
    const answers = [1, 2, 3].map((i) => add(i).then((v) => ({ ok: v }), (e: Error) => ({ error: e.message })))
    await releaseAll()
    await expect(Promise.all(answers)).resolves.toEqual([{ ok: 10 }, { error: "bad item in 2" }, { ok: 30 }])
    expect(batches).toEqual([[1, 2, 3], [1], [2], [3]])
  })

  it("keeps working after a failure", async () => {
    const { run, releaseAll } = recordingRun((i) => i === 1)
    const add = createBatcher(run, { maxSize: 10 })
    const bad = add(1).catch((e: Error) => e.message)
    await releaseAll()
    expect(await bad).toBe("bad item in 1")
    const good = add(5)
    await releaseAll()
    await expect(good).resolves.toBe(50)
  })

  it("fails every caller of a batch whose run answers the wrong number of results", async () => {
    const add = createBatcher(async (items: number[]) => items.slice(1), { maxSize: 10 })
    await expect(add(1)).rejects.toThrow("a batch of 1 answered 0 results")
  })
})

describe("batcherPerOwner", () => {
  it("makes one batcher per owner, on first use, and keeps each owner's batches apart", async () => {
    const made: string[] = []
    const seen: string[][] = []
    const batcherOf = batcherPerOwner((owner: { name: string }) => {
      made.push(owner.name)
      return createBatcher(async (items: string[]) => (seen.push(items.map((i) => `${owner.name}:${i}`)), items), { maxSize: 10 })
    })
    const a = { name: "a" }
    const b = { name: "b" }
    await Promise.all([batcherOf(a)("1"), batcherOf(a)("2"), batcherOf(b)("3")])
    expect(made).toEqual(["a", "b"])
    expect(batcherOf(a)).toBe(batcherOf(a))
    expect(seen.sort()).toEqual([["a:1", "a:2"], ["b:3"]])
  })
})
