import { randomInt } from "crypto"
import { MedusaError } from "@medusajs/framework/utils"

/** What the number picker needs to know about numbers already in use. */
export interface TicketNumberSource {
  /** The subset of `candidates` already used by a ticket. */
  taken(candidates: string[]): Promise<string[]>
  /** How many tickets use a number of this many digits. */
  countTaken(digits: number): Promise<number>
  /** Up to `limit` unused numbers in [min, max], in random order. */
  freeAtRandom(min: number, max: number, limit: number): Promise<string[]>
}

const RANDOM_ROUNDS = 16
/** Below this size the free numbers can be listed outright when random picks keep colliding. */
const ENUMERABLE_SPACE = 2_000_000

export function ticketNumberSpace(digits: number) {
  const min = 10 ** (digits - 1)
  const max = 10 ** digits - 1
  return { min, max, size: max - min + 1 }
}

/**
 * Picks `count` distinct unused numbers of `digits` digits, uniformly at
 * random so that numbers reveal nothing about how many tickets exist.
 */
export async function pickFreeTicketNumbers(
  count: number,
  digits: number,
  source: TicketNumberSource
): Promise<string[]> {
  const { min, max, size } = ticketNumberSpace(digits)
  if (count > size) {
    throw spaceFullError(count, digits, 0, size)
  }
  const picked = new Set<string>()
  for (let round = 0; round < RANDOM_ROUNDS && picked.size < count; round++) {
    const candidates = new Set<string>()
    // Ask for more than needed so that a few collisions cost no extra round.
    const want = Math.min((count - picked.size) * 2 + 4, size)
    for (let i = 0; i < want * 4 && candidates.size < want; i++) {
      const n = String(randomInt(min, max + 1))
      if (!picked.has(n)) {
        candidates.add(n)
      }
    }
    const taken = new Set(await source.taken([...candidates]))
    for (const n of candidates) {
      if (!taken.has(n) && picked.size < count) {
        picked.add(n)
      }
    }
  }
  if (picked.size === count) {
    return [...picked]
  }

  // Random picks keep colliding: the space is nearly full.
  const missing = count - picked.size
  if (size <= ENUMERABLE_SPACE) {
    const free = (await source.freeAtRandom(min, max, count)).filter(
      (n) => !picked.has(n)
    )
    if (free.length >= missing) {
      return [...picked, ...free.slice(0, missing)]
    }
  }
  const used = await source.countTaken(digits)
  throw spaceFullError(count, digits, used, size)
}

function spaceFullError(count: number, digits: number, used: number, size: number) {
  const free = Math.max(size - used, 0)
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Cannot give ${count} new ticket(s) a number: ${free} of the ${size} ${digits}-digit ticket numbers are free. Raise the helpdesk option "ticketNumberDigits" to allow more tickets.`
  )
}
