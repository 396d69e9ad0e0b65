import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HelpdeskModuleService } from "../../src/modules/helpdesk"
import { Agent } from "../helpers/admin"
import { compose } from "./helpers/compose"
import { newMailbox } from "./helpers/mailbox"
import { StoreProcess, useStoreProcesses } from "./helpers/store-process"
import { describeWithDovecot, mailTestAgent } from "./helpers/suite"

jest.setTimeout(300_000)

/** Enough mail that a run is still going when its first chunk is stored (a run takes up to 2,000). */
const TOTAL = 3000
const RESUME_WITHIN_MS = 60_000

describeWithDovecot("a store killed while it collects mail (Dovecot, real store processes)", (dovecot) => {
  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer, dbConfig }) => {
      let admin: Agent
      let helpdesk: HelpdeskModuleService
      const startStoreProcess = useStoreProcesses()

      beforeEach(async () => {
        ;({ admin, helpdesk } = await mailTestAgent(getContainer()))
      })

      /** "Check mail now" on a store process; a killed store's request ends in null. */
      const checkMailNow = (store: StoreProcess, mailboxId: string) =>
        fetch(`${store.url}/admin/helpdesk/mailboxes/${mailboxId}/collect`, {
          method: "POST",
          headers: { ...admin.headers, "content-type": "application/json" },
          signal: AbortSignal.timeout(240_000),
        }).then(
          async (res) => ({ status: res.status, body: await res.json() }),
          () => null
        )
      const recorded = async (mailboxId: string) => (await helpdesk.listAndCountInboundMails({ mailbox_id: mailboxId }, { take: 1 }))[1]

      it("frees the mailbox within a minute of the restart and stores every mail exactly once", async () => {
        const box = await newMailbox(api, admin, dovecot())
        const ids = Array.from({ length: TOTAL }, (_, i) => `crash-${i}@example.org`)
        const mails: Buffer[] = []
        for (const [i, id] of ids.entries()) {
          mails.push(await compose({ from: `c${i}@example.org`, to: box.address, subject: `Crash ${i}`, messageId: `<${id}>`, text: `Mail ${i}` }))
        }
        await box.deliver(...mails)

        const first = await startStoreProcess(dbConfig.clientUrl)
        const running = checkMailNow(first, box.mailbox.id)
        const until = Date.now() + 120_000
        while ((await recorded(box.mailbox.id)) === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 25))
        // Killed as a crash or the OOM killer would: no chance to give the mailbox back.
        await first.kill("SIGKILL")
        expect(await running).toBeNull()
        const before = await recorded(box.mailbox.id)
        expect(before).toBeGreaterThan(0)
        expect(before).toBeLessThan(TOTAL)

        const second = await startStoreProcess(dbConfig.clientUrl)
        const restartedAt = Date.now()
        let answer = await checkMailNow(second, box.mailbox.id)
        let claimedAfter = 0
        while (answer?.status === 409 && Date.now() - restartedAt < RESUME_WITHIN_MS) {
          await new Promise((r) => setTimeout(r, 1_000))
          claimedAfter = Date.now() - restartedAt
          answer = await checkMailNow(second, box.mailbox.id)
        }
        expect({ status: answer?.status, claimedAfter }).toEqual({ status: 200, claimedAfter: expect.any(Number) })
        expect(claimedAfter).toBeLessThan(RESUME_WITHIN_MS)
        expect(answer!.body.collection.error).toBeNull()
        for (let run = 0; run < 3 && (await recorded(box.mailbox.id)) < TOTAL; run++) {
          expect((await checkMailNow(second, box.mailbox.id))?.body.collection.error).toBeNull()
        }

        // Every mail once, counted by Message-ID: in the mail log, as tickets, as messages.
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const [log] = (
          await db.raw(
            `select count(*)::int as n, count(distinct message_id)::int as ids, count(*) filter (where status = 'imported')::int as imported
             from helpdesk_inbound_mail where mailbox_id = ?`,
            [box.mailbox.id]
          )
        ).rows
        expect(log).toEqual({ n: TOTAL, ids: TOTAL, imported: TOTAL })
        const { rows: messages } = await db.raw(
          `select m.message_id, count(*)::int as n, count(distinct t.id)::int as tickets
           from helpdesk_ticket t join helpdesk_ticket_message m on m.ticket_id = t.id and m.deleted_at is null
           where t.mailbox_id = ? and t.deleted_at is null group by m.message_id`,
          [box.mailbox.id]
        )
        expect(messages.filter((m: { n: number }) => m.n !== 1)).toEqual([])
        expect(messages.map((m: { message_id: string }) => m.message_id).sort()).toEqual([...ids].sort())
      })
    },
  })
})
