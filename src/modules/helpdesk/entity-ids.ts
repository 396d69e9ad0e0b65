import { monotonicFactory } from "ulid"

const nextUlid = monotonicFactory()

/**
 * Ids in Medusa's form (`prefix_ULID`) for rows written in bulk. Medusa's
 * generateEntityId draws 16 separate random bytes per id; within one
 * millisecond a monotonic ULID only increments, which matters when a mail
 * batch writes thousands of rows (see bench/results/ingest.json).
 */
export function bulkEntityId(prefix: string): string {
  return `${prefix}_${nextUlid()}`
}
