import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Agent, as as asAgent, createTwoAgents } from "../helpers/admin"
import { useHelpdeskOptions } from "../helpers/helpdesk-options"

jest.setTimeout(300_000)

useHelpdeskOptions({ ticketNumberDigits: 8, storeName: "Nordic Threads", secretKey: "a-secret-that-must-never-be-shown-0123456789" })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ada: Agent
    let ben: Agent

    beforeEach(async () => {
      ;({ ada, ben } = await createTwoAgents(getContainer()))
    })

    describe("GET /admin/helpdesk/settings/options", () => {
      it("shows every agent the startup options, read-only", async () => {
        // Ben is no supervisor: reading is still allowed.
        await asAgent(api, ada).post("/admin/helpdesk/settings", { supervisor_user_ids: [ada.id] })
        const { status, data } = await asAgent(api, ben).get("/admin/helpdesk/settings/options")
        expect(status).toBe(200)
        expect(data.options).toMatchObject({ ticketNumberDigits: 8, storeName: "Nordic Threads", subjectTag: "[#{number}]" })
      })

      it("never returns a secret", async () => {
        const { data } = await asAgent(api, ada).get("/admin/helpdesk/settings/options")
        expect(JSON.stringify(data)).not.toContain("a-secret-that-must-never-be-shown")
        expect(data.options).not.toHaveProperty("secretKey")
      })
    })
  },
})
