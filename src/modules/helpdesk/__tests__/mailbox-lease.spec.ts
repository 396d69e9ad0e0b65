import { MedusaModule } from "@medusajs/framework/modules-sdk"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE } from ".."
import HelpdeskModuleService from "../service"

jest.setTimeout(120_000)

const LEASE_MS = 40_000
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

moduleIntegrationTestRunner<HelpdeskModuleService>({
  moduleName: HELPDESK_MODULE,
  resolve: "./src/modules/helpdesk",
  testSuite: ({ service }) => {
    let seq = 0
    const mailbox = async () =>
      (await service.createMailboxes({ name: "Support", address: `box${++seq}@shop.test`, imap_host: "imap.shop.test", imap_user: "support" })).id
    const checkpoint = { checkpoint: { uid_validity: "1", last_uid: 10 }, imported_count: 10 }

    describe("mailbox collection leases", () => {
      it("lets one run at a time hold a mailbox, and the holder renew it", async () => {
        const id = await mailbox()
        expect(await service.claimMailboxLease(id, "run-a", LEASE_MS)).toBe(true)
        expect(await service.claimMailboxLease(id, "run-b", LEASE_MS)).toBe(false)
        expect(await service.renewMailboxLease(id, "run-a", LEASE_MS)).toBe(true)
        expect(await service.renewMailboxLease(id, "run-b", LEASE_MS)).toBe(false)
        await service.releaseMailboxLease(id, "run-a")
        expect(await service.claimMailboxLease(id, "run-b", LEASE_MS)).toBe(true)
      })

      it("frees the mailbox of a run that stopped renewing, and refuses that run's renewal and checkpoint after", async () => {
        const id = await mailbox()
        expect(await service.claimMailboxLease(id, "dead-run", 50)).toBe(true)
        await sleep(120)
        expect(await service.claimMailboxLease(id, "next-run", LEASE_MS)).toBe(true)
        expect(await service.renewMailboxLease(id, "dead-run", LEASE_MS)).toBe(false)
        expect(await service.advanceMailboxCheckpoint(id, "dead-run", checkpoint, LEASE_MS)).toBe(false)
        expect(await service.advanceMailboxCheckpoint(id, "next-run", checkpoint, LEASE_MS)).toBe(true)
      })

      it("gives back every mailbox this process holds when the application shuts down, and no other process's", async () => {
        const [mine, alsoMine, theirs] = [await mailbox(), await mailbox(), await mailbox()]
        await service.claimMailboxLease(mine, "run-1", LEASE_MS)
        await service.claimMailboxLease(alsoMine, "run-2", LEASE_MS)
        // Another process's lease, written by its own service, not this one.
        const [row] = await service.listMailboxes({ id: theirs }, { select: ["id"] })
        await service.updateMailboxes({ id: row.id, lease_token: "other-process", lease_expires_at: new Date(Date.now() + LEASE_MS) })

        // What Medusa's shutdown (SIGTERM, SIGINT) calls on every loaded module.
        await MedusaModule.onApplicationPrepareShutdown()

        expect(await service.claimMailboxLease(mine, "after-restart", LEASE_MS)).toBe(true)
        expect(await service.claimMailboxLease(alsoMine, "after-restart", LEASE_MS)).toBe(true)
        expect(await service.claimMailboxLease(theirs, "after-restart", LEASE_MS)).toBe(false)
      })
    })
  },
})
