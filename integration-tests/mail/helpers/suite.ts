import { MedusaContainer } from "@medusajs/framework/types"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../src/modules/helpdesk"
import { Agent, createAdminUser } from "../../helpers/admin"
import { DOVECOT_MISSING, DovecotServer, hasDovecot, startDovecot } from "./dovecot"

/**
 * A describe block whose tests share one Dovecot server (`dovecot()` inside
 * them), skipped with the reason where Dovecot is not installed.
 */
export function describeWithDovecot(title: string, body: (dovecot: () => DovecotServer) => void) {
  if (!hasDovecot) {
    // Reason for the skip: these tests need a real IMAP server.
    console.warn(DOVECOT_MISSING)
  }
  ;(hasDovecot ? describe : describe.skip)(title, () => {
    let server: DovecotServer
    beforeAll(async () => {
      server = await startDovecot()
    })
    afterAll(async () => {
      await server?.stop()
    })
    body(() => server)
  })
}

/**
 * What each mail test starts with: a fresh admin user to act as, and the
 * helpdesk service to look behind the API. The agent's own notices are off
 * unless `notices` is set, so an SMTP sink holds only what a test is about
 * (notifications.spec turns them on).
 */
export async function mailTestAgent(
  container: MedusaContainer,
  { notices = false }: { notices?: boolean } = {}
): Promise<{ admin: Agent; helpdesk: HelpdeskModuleService }> {
  const created = await createAdminUser(container)
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  if (!notices) {
    await helpdesk.createNotificationPreferences({ user_id: created.user.id, new_ticket: false, assigned: false, customer_replied: false, watched: false })
  }
  return { admin: { id: created.user.id, headers: created.headers }, helpdesk }
}
