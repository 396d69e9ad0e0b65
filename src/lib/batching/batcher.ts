/**
 * Group commit: calls that arrive while a batch is being written wait and go
 * together in the next one. Under load the fixed cost of each write (a
 * workflow run, a transaction, its round trips) is then shared by every call
 * of the batch; a lone call waits only for the turn of the event loop it came
 * in. Each caller still gets its own answer, and only after its batch is done.
 *
 * `run` answers item by item, in order. When a batch fails, each of its items
 * is run again alone, so one bad item fails nobody else.
 */
export function createBatcher<I, O>(run: (items: I[]) => Promise<O[]>, options: { maxSize: number }): (item: I) => Promise<O> {
  const waiting: Waiting<I, O>[] = []
  let flushing = false

  const flush = async () => {
    while (waiting.length) await settle(waiting.splice(0, options.maxSize))
    flushing = false
  }

  const settle = async (batch: Waiting<I, O>[]): Promise<void> => {
    try {
      const results = await run(batch.map((w) => w.item))
      if (results.length !== batch.length) throw new Error(`a batch of ${batch.length} answered ${results.length} results`)
      batch.forEach((w, i) => w.resolve(results[i]))
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error)
      for (const one of batch) await settle([one])
    }
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      waiting.push({ item, resolve, reject })
      if (flushing) return
      flushing = true
      // Calls made in the same turn (several requests read from one socket read) share the first batch.
      setImmediate(flush)
    })
}

interface Waiting<I, O> {
  item: I
  resolve: (value: O) => void
  reject: (error: unknown) => void
}

/**
 * One batcher per owner (an app's service or container), made on first use:
 * module-level state must not mix two apps in one process, as tests run them.
 */
export function batcherPerOwner<K extends object, I, O>(make: (owner: K) => (item: I) => Promise<O>): (owner: K) => (item: I) => Promise<O> {
  const batchers = new WeakMap<K, (item: I) => Promise<O>>()
  return (owner) => {
    let batcher = batchers.get(owner)
    if (!batcher) {
      batcher = make(owner)
      batchers.set(owner, batcher)
    }
    return batcher
  }
}
