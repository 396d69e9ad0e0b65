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
