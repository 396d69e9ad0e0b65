import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE } from ".."
import HelpdeskModuleService from "../service"
import { InboundBatchInput } from "../types"

jest.setTimeout(180_000)

const customerMessage = (ticket: number, body_text: string) => ({
  ref: { new_ticket: ticket },
  data: { kind: "message" as const, author_type: "customer" as const, author_email: "olga@example.com", body_text },
  attachments: [],
})

// Mail ingest writes each new ticket's search document as it inserts it
// (bulk search mode), rather than recomputing it per ticket: it must be the
// document the ticket would get recomputed from its stored fields and
// messages, or search would find mail tickets differently from others.
moduleIntegrationTestRunner<HelpdeskModuleService>({
  moduleName: HELPDESK_MODULE,
  resolve: "./src/modules/helpdesk",
  // The search column, its functions and triggers exist only in the migrations.
  pathToMigrations: "./src/modules/helpdesk/migrations",
  testSuite: ({ service, MikroOrmWrapper }) => {
    describe("search documents of tickets stored by mail ingest", () => {
      it("equal the documents recomputed from the stored tickets, with and without custom fields", async () => {
        const batch: InboundBatchInput = {
          new_tickets: [
            { subject: "Чайник протекает", channel: "email", contact_email: "olga@example.com", contact_name: "Olga Petrova" },
            { subject: "Warranty claim", channel: "email", contact_email: "sam@shop.test", custom_fields: { device: "Kettle", serial: "K-42" } },
            { subject: "Empty fields", channel: "email", contact_email: "kim@shop.test", custom_fields: {} },
          ],
          ticket_updates: [],
          messages: [
            customerMessage(0, "Вода течёт из-под крышки."),
            customerMessage(0, "And the lid is cracked too."),
            customerMessage(1, "It stopped heating after a week."),
            customerMessage(2, "Nothing to add."),
          ],
          events: [],
          failed_message_ids: [],
          records: [],
        }
        const { tickets } = await service.storeInboundBatch(batch)

        const rows = await MikroOrmWrapper.forkManager().execute(
          `select id, search_vector::text as stored, helpdesk_ticket_search_document(t)::text as recomputed
           from helpdesk_ticket t where id in (?, ?, ?)`,
          tickets.map((t) => t.id)
        )
        expect(rows).toHaveLength(3)
        for (const row of rows) {
          expect(row.stored).toBe(row.recomputed)
        }
        const stored = new Map(rows.map((r: { id: string; stored: string }) => [r.id, r.stored]))
        expect(stored.get(tickets[0].id)).toContain("'чайник':")
        expect(stored.get(tickets[0].id)).toContain("'крышки':")
        expect(stored.get(tickets[1].id)).toContain("'kettle':")
        expect(stored.get(tickets[1].id)).toContain("'heating':")
      })
    })
  },
})
