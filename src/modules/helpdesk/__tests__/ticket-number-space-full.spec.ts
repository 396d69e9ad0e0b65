import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE } from ".."
import HelpdeskModuleService from "../service"
import { ticketInput as ticket } from "./fixtures"

jest.setTimeout(120_000)


moduleIntegrationTestRunner<HelpdeskModuleService>({
  moduleName: HELPDESK_MODULE,
  resolve: "./src/modules/helpdesk",
  moduleOptions: { ticketNumberDigits: 2 },
  testSuite: ({ service }) => {
    describe("a full ticket number space", () => {
      it("uses all 90 two-digit numbers, then refuses the next ticket with a clear error", async () => {
        // One at a time, so the last numbers are found while the space fills up.
        for (let i = 0; i < 90; i++) {
          await service.createNumberedTickets([ticket(i)])
        }
        const all = await service.listTickets({}, { select: ["number"], take: 200 })
        expect(all.map((t) => Number(t.number)).sort((a, b) => a - b)).toEqual(
          Array.from({ length: 90 }, (_, i) => 10 + i)
        )

        const started = Date.now()
        await expect(service.createNumberedTickets([ticket(90)])).rejects.toThrow(
          'Cannot give 1 new ticket(s) a number: 0 of the 90 2-digit ticket numbers are free. Raise the helpdesk option "ticketNumberDigits" to allow more tickets.'
        )
        expect(Date.now() - started).toBeLessThan(5_000)
        expect(await service.listAndCountTickets({})).toEqual([expect.any(Array), 90])
      })

      it("refuses a batch bigger than the space without storing any of it", async () => {
        await expect(
          service.createNumberedTickets(Array.from({ length: 91 }, (_, i) => ticket(i)))
        ).rejects.toThrow("2-digit ticket numbers are free")
        expect((await service.listAndCountTickets({}))[1]).toBe(0)
      })
    })
  },
})
