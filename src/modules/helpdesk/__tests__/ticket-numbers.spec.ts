import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE } from ".."
import HelpdeskModuleService from "../service"
import { ticketInput as ticket } from "./fixtures"

jest.setTimeout(180_000)


// 3 digits leave 900 numbers for 500 tickets, so concurrent requests collide
// often and the retry path is exercised for real.
moduleIntegrationTestRunner<HelpdeskModuleService>({
  moduleName: HELPDESK_MODULE,
  resolve: "./src/modules/helpdesk",
  moduleOptions: { ticketNumberDigits: 3 },
  testSuite: ({ service }) => {
    describe("ticket numbers in a crowded space", () => {
      it("gives 500 tickets created concurrently 500 distinct 3-digit numbers", async () => {
        const created = await Promise.all(
          Array.from({ length: 500 }, (_, i) => service.createNumberedTickets([ticket(i)]))
        )
        const numbers = created.flat().map((t) => t.number)
        expect(new Set(numbers).size).toBe(500)
        for (const n of numbers) {
          expect(n).toMatch(/^[1-9]\d{2}$/)
        }
        const [stored, count] = await service.listAndCountTickets({}, { select: ["number"], take: 1000 })
        expect(count).toBe(500)
        expect(new Set(stored.map((t) => t.number)).size).toBe(500)
      })

      it("numbers the tickets of one batch distinctly", async () => {
        const created = await service.createNumberedTickets(
          Array.from({ length: 300 }, (_, i) => ticket(i))
        )
        expect(new Set(created.map((t) => t.number)).size).toBe(300)
      })

      it("takes the default language from the options when a ticket has none", async () => {
        const [created] = await service.createNumberedTickets([ticket(1)])
        expect(created.language).toBe("en")
        expect(created.status).toBe("new")
      })
    })
  },
})
