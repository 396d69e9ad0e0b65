/**
 * Writes items as they come, at most one write in flight: whatever arrives
 * while a write runs goes out together in the next one. Each item is written
 * within about one write's delay, and a batch of sends that finish close
 * together costs a few transactions instead of one per mail.
 */
export function coalescingWriter<T, R>(write: (items: T[]) => Promise<R[]>) {
  let queue: { item: T; resolve: (ok: boolean) => void }[] = []
  let running: Promise<void> | null = null

  const flush = async () => {
    while (queue.length) {
      const batch = queue
      queue = []
      const ok = await write(batch.map((b) => b.item)).then(
        () => true,
        () => false
      )
      for (const b of batch) b.resolve(ok)
    }
    running = null
  }

  /** Resolves true once the item is written, false when its write failed. */
  return (item: T): Promise<boolean> =>
    new Promise((resolve) => {
      queue.push({ item, resolve })
      running ??= flush()
    })
}
