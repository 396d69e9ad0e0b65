import { pickFreeTicketNumbers, TicketNumberSource } from "../ticket-numbers"

/** Numbers in use, held in memory, standing in for the ticket table. */
function sourceWith(used: Set<string>): TicketNumberSource {
  return {
    taken: async (candidates) => candidates.filter((n) => used.has(n)),
    countTaken: async (digits) => [...used].filter((n) => n.length === digits).length,
    freeAtRandom: async (min, max, limit) => {
      const free: string[] = []
      for (let n = min; n <= max && free.length < limit; n++) {
        if (!used.has(String(n))) free.push(String(n))
      }
      return free
    },
  }
}

describe("pickFreeTicketNumbers", () => {
  it("picks distinct unused numbers of exactly the asked number of digits", async () => {
    const used = new Set(["100", "555"])
    const numbers = await pickFreeTicketNumbers(200, 3, sourceWith(used))
    expect(new Set(numbers).size).toBe(200)
    for (const n of numbers) {
      expect(n).toMatch(/^[1-9]\d{2}$/)
      expect(used.has(n)).toBe(false)
    }
  })

  it("finds the last free numbers of a nearly full space", async () => {
    const used = new Set<string>()
    for (let n = 10; n <= 99; n++) used.add(String(n))
    used.delete("42")
    used.delete("77")
    const numbers = await pickFreeTicketNumbers(2, 2, sourceWith(used))
    expect(numbers.sort()).toEqual(["42", "77"])
  })

  it("fails with a clear error when the space is full", async () => {
    const used = new Set<string>()
    for (let n = 10; n <= 99; n++) used.add(String(n))
    await expect(pickFreeTicketNumbers(1, 2, sourceWith(used))).rejects.toThrow(
      'Cannot give 1 new ticket(s) a number: 0 of the 90 2-digit ticket numbers are free. Raise the helpdesk option "ticketNumberDigits"'
    )
  })

  it("refuses a batch larger than the free numbers left", async () => {
    const used = new Set<string>()
    for (let n = 10; n <= 95; n++) used.add(String(n))
    await expect(pickFreeTicketNumbers(5, 2, sourceWith(used))).rejects.toThrow(
      "4 of the 90 2-digit ticket numbers are free"
    )
  })
})
