import { readdirSync, readlinkSync } from "node:fs"
import { once } from "node:events"
import { setTimeout as sleep } from "node:timers/promises"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { as } from "../helpers/admin"
import { createTicketFixture, storeFile, useHelpdeskTeam } from "../helpers/helpdesk-team"

jest.setTimeout(300_000)

/** Files this process (the store runs inside the test) holds open whose path contains `part`. */
function openFiles(part: string) {
  return readdirSync("/proc/self/fd").filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`).includes(part)
    } catch {
      return false
    }
  })
}

/** The name as a browser reads it from `filename*=UTF-8''…`. */
function extendedFilename(disposition: string) {
  const match = /filename\*=UTF-8''([^;]+)/.exec(disposition)
  return match ? decodeURIComponent(match[1]) : null
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {

    const team = useHelpdeskTeam(api, getContainer)

    const mia = () => as(api, team().agents.member)

    describe("GET /admin/helpdesk/tickets/:id/attachments/:attachment_id", () => {
      it("downloads an attachment with a Cyrillic name under that name", async () => {
        const name = "Отчёт за май (итог).pdf"
        const ticket = await createTicketFixture(getContainer(), { department_id: team().returns, filename: name })

        const res = await mia().get(`/admin/helpdesk/tickets/${ticket.id}/attachments/${ticket.attachment_id}`)

        expect(res.status).toBe(200)
        expect(res.data).toBe(`attachment of ${ticket.number}`)
        const disposition = res.headers["content-disposition"]
        expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]*\.pdf"; filename\*=UTF-8''/)
        expect(extendedFilename(disposition)).toBe(name)
        expect(res.headers["content-type"]).toBe("application/octet-stream")
      })

      it("answers 404 at once, with a message, when the file is gone from the storage", async () => {
        const ticket = await createTicketFixture(getContainer(), { department_id: team().returns })
        await getContainer().resolve(Modules.FILE).deleteFiles([ticket.file_id])

        const started = Date.now()
        const res = await api
          .get(`/admin/helpdesk/tickets/${ticket.id}/attachments/${ticket.attachment_id}`, {
            headers: team().agents.member.headers,
            timeout: 10_000,
          })
          .catch((e: any) => e.response ?? e)

        expect(res.status).toBe(404)
        expect(res.data.message).toBe('The file "photo.txt" is no longer in the file storage.')
        expect(res.headers["content-disposition"]).toBeUndefined()
        expect(Date.now() - started).toBeLessThan(5_000)
      })
    })

    it("closes the file when the client goes away mid-download", async () => {
      const ticket = await createTicketFixture(getContainer(), { department_id: team().returns })
      const big = await storeFile(getContainer(), "big.bin", Buffer.alloc(32 * 1024 * 1024, 7))
      const [attachment] = await team().helpdesk.createTicketAttachments([
        { message_id: ticket.message_ids[0], file_id: big, filename: "big.bin", content_type: "application/octet-stream", size: 32 * 1024 * 1024 },
      ] as any)

      const res = await api.get(`/admin/helpdesk/tickets/${ticket.id}/attachments/${attachment.id}`, {
        headers: team().agents.member.headers,
        responseType: "stream",
      })
      await once(res.data, "data")
      expect(openFiles(big)).toHaveLength(1)
      res.data.destroy()

      for (let i = 0; i < 40 && openFiles(big).length; i++) await sleep(50)
      expect(openFiles(big)).toEqual([])
    })

    describe("GET /admin/helpdesk/tickets/:id/messages/:message_id/raw", () => {
      it("answers 404 with a message, not a hang, when the raw mail is gone", async () => {
        const ticket = await createTicketFixture(getContainer(), { department_id: team().returns })
        const raw = `/admin/helpdesk/tickets/${ticket.id}/messages/${ticket.message_ids[0]}/raw`
        expect((await mia().get(raw)).data).toContain(`Secret body of ${ticket.number}`)

        await getContainer().resolve(Modules.FILE).deleteFiles([ticket.raw_file_id])
        const res = await api.get(raw, { headers: team().agents.member.headers, timeout: 10_000 }).catch((e: any) => e.response ?? e)
        expect(res.status).toBe(404)
        expect(res.data.message).toMatch(/is no longer in the file storage/)
      })
    })

    describe("files are private (SPEC §6 'Files')", () => {
      it("serves a stored attachment or raw mail to no one without a session, at /static or the provider's URL", async () => {
        const ticket = await createTicketFixture(getContainer(), { department_id: team().returns })
        const files = getContainer().resolve(Modules.FILE)

        for (const id of [ticket.file_id, ticket.raw_file_id]) {
          const { url } = await files.retrieveFile(id)
          const providerPath = new URL(url).pathname
          for (const path of [`/static/${id}`, providerPath, `/static/${encodeURIComponent(id)}`]) {
            const res = await api.get(path).catch((e: any) => e.response)
            expect({ path, status: res.status }).toEqual({ path, status: expect.any(Number) })
            expect([401, 404]).toContain(res.status)
          }
        }

        const download = `/admin/helpdesk/tickets/${ticket.id}/attachments/${ticket.attachment_id}`
        expect((await api.get(download).catch((e: any) => e.response)).status).toBe(401)
        const permitted = await mia().get(download)
        expect(permitted.status).toBe(200)
        expect(permitted.data).toBe(`attachment of ${ticket.number}`)
        expect((await as(api, team().agents.outsider).get(download)).status).toBe(404)
      })
    })
  },
})
