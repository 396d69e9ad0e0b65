import net from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HelpdeskModuleService } from "../../src/modules/helpdesk"
import sendOutboundMailJob from "../../src/jobs/send-outbound-mail"
import { createTicketsWorkflow } from "../../src/workflows"
import { as, Agent } from "../helpers/admin"
import { hasRedis, REDIS_MISSING, RedisServer, startRedis } from "./helpers/redis"
import { freePort, SmtpSink, startSmtpSink } from "./helpers/smtp-sink"
import { StoreProcess, useStoreProcesses } from "./helpers/store-process"
import { mailTestAgent } from "./helpers/suite"

jest.setTimeout(600_000)

/** The test app's claim on a mail being sent (medusa-config.ts, HELPDESK_MAIL_SEND_CLAIM_MS). */
const CLAIM_MS = Number(process.env.HELPDESK_MAIL_SEND_CLAIM_MS || 10_000)
const BACKLOG = 500

/** An SMTP peer that takes connections and never greets: a send hangs there until its timeout. */
async function startSilentServer(port: number) {
  const sockets = new Set<net.Socket>()
  const server = net.createServer((socket) => {
    sockets.add(socket)
    socket.on("error", () => undefined)
    socket.on("close", () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()))
  return {
    connections: () => sockets.size,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let admin: Agent
    let helpdesk: HelpdeskModuleService
    const startStoreProcess = useStoreProcesses()

    beforeEach(async () => {
      ;({ admin, helpdesk } = await mailTestAgent(getContainer()))
    })

    /** A mailbox sending through `port` on loopback, made the default for tickets that came from none. */
    const defaultMailbox = async (port: number) => {
      const res = await as(api, admin).post("/admin/helpdesk/mailboxes", {
        name: "Support",
        address: `support-${port}@shop.test`,
        // Enabled, as a mailbox that sends must be; nothing collects (mailCron is off in the test app).
        imap_host: "127.0.0.1",
        imap_user: "support",
        smtp_host: "127.0.0.1",
        smtp_port: port,
        smtp_secure: false,
        receipt_enabled: false,
      })
      expect(res.status).toBe(201)
      expect((await as(api, admin).post("/admin/helpdesk/settings", { default_mailbox_id: res.data.mailbox.id })).status).toBe(200)
      return res.data.mailbox
    }
    const newTickets = async (count: number) => {
      const { result } = await createTicketsWorkflow(getContainer()).run({
        input: {
          actor: { type: "agent", id: admin.id },
          tickets: Array.from({ length: count }, (_, i) => ({ subject: `Order ${i}`, channel: "admin", contact_email: `c${i}@example.org` })),
        },
      })
      return result as { id: string }[]
    }
    const replyOn = async (store: StoreProcess, ticketId: string, text: string) => {
      const res = await fetch(`${store.url}/admin/helpdesk/tickets/${ticketId}/reply`, {
        method: "POST",
        headers: { ...admin.headers, "content-type": "application/json" },
        body: JSON.stringify({ body_text: text }),
      })
      expect(res.status).toBe(200)
    }
    const recordOf = async (ticketId: string) => (await helpdesk.listOutboundMails({ ticket_id: ticketId, kind: "reply" }))[0]

    describe("a store killed while it sends a mail", () => {
      it("leaves the mail to the next sender once its claim runs out, and it goes out exactly once", async () => {
        const port = await freePort()
        const silent = await startSilentServer(port)
        await defaultMailbox(port)
        const [ticket] = await newTickets(1)

        const first = await startStoreProcess(dbConfig.clientUrl)
        await replyOn(first, ticket.id, "Your parcel left today.")
        // The store has claimed the mail and is waiting for the server's greeting.
        const until = Date.now() + 30_000
        while (!((await recordOf(ticket.id))?.status === "sending" && silent.connections() > 0) && Date.now() < until) {
          await new Promise((r) => setTimeout(r, 50))
        }
        const claimed = await recordOf(ticket.id)
        expect(claimed).toMatchObject({ status: "sending", attempts: 1 })
        await first.kill("SIGKILL")
        await silent.stop()

        const sink: SmtpSink = await startSmtpSink(port)
        try {
          // Claimed by a store that is gone: nobody may take it before the claim runs out.
          await sendOutboundMailJob(getContainer())
          if (Date.now() < new Date(claimed.claim_expires_at!).getTime() - 1_000) {
            expect(sink.received).toHaveLength(0)
            expect(await recordOf(ticket.id)).toMatchObject({ status: "sending" })
          }
          const deadline = Date.now() + CLAIM_MS + 20_000
          while ((await recordOf(ticket.id)).status !== "sent" && Date.now() < deadline) {
            await sendOutboundMailJob(getContainer())
            await new Promise((r) => setTimeout(r, 250))
          }
          const sent = await recordOf(ticket.id)
          expect(sent).toMatchObject({ status: "sent", attempts: 2 })
          expect(new Date(sent.sent_at!).getTime()).toBeGreaterThanOrEqual(new Date(claimed.claim_expires_at!).getTime())
          // Later runs find nothing left to send.
          await sendOutboundMailJob(getContainer())
          expect(sink.received.map((m) => m.parsed.messageId)).toEqual([`<${sent.message_id}>`])
          const [message] = await helpdesk.listTicketMessages({ id: sent.ticket_message_id! })
          expect(message.delivery_status).toBe("sent")
        } finally {
          await sink.stop()
        }
      })
    })

    ;(hasRedis ? describe : describe.skip)("a server and two workers sharing Redis", () => {
      let redis: RedisServer
      beforeAll(async () => {
        if (!hasRedis) console.warn(REDIS_MISSING) // the reason this block is skipped
        redis = await startRedis()
      })
      afterAll(async () => {
        await redis?.stop()
      })

      it(`drain one outbox of ${BACKLOG} replies, each mail sent exactly once`, async () => {
        const sink = await startSmtpSink()
        try {
          await defaultMailbox(sink.port)
          const tickets = await newTickets(BACKLOG)
          const env = (mode: string) => ({ env: { REDIS_URL: redis.url, MEDUSA_WORKER_MODE: mode } })
          const [server, ...workers] = await Promise.all([
            startStoreProcess(dbConfig.clientUrl, env("server")),
            startStoreProcess(dbConfig.clientUrl, env("worker")),
            startStoreProcess(dbConfig.clientUrl, env("worker")),
          ])

          // Agents reply on the server; the workers hear of each queued mail through Redis.
          const queue = [...tickets]
          await Promise.all(
            Array.from({ length: 8 }, async () => {
              for (let t = queue.shift(); t; t = queue.shift()) await replyOn(server, t.id, `Answer for ${t.id}`)
            })
          )
          await sink.waitFor(BACKLOG, 120_000)
          // Anything sent twice would arrive a little later: give it the time.
          await new Promise((r) => setTimeout(r, 2_000))

          const records = await helpdesk.listOutboundMails({ kind: "reply" }, { take: BACKLOG + 10 })
          expect(records).toHaveLength(BACKLOG)
          expect(records.filter((r) => r.status !== "sent")).toEqual([])
          const sentIds = sink.received.map((m) => m.parsed.messageId).sort()
          expect(sentIds).toEqual(records.map((r) => `<${r.message_id}>`).sort())
          expect(new Set(sentIds).size).toBe(BACKLOG)
          expect(records.filter((r) => r.attempts !== 1).map((r) => r.attempts)).toEqual([])
        } finally {
          await sink.stop()
        }
      })
    })
  },
})
