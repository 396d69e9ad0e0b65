import { ImapMoveError } from "../../imap/imap-session"
import { explainConnectionError } from "../explain-connection-error"

const imap = { kind: "IMAP" as const, host: "mail.example.com", port: 993, secure: true, timeoutMs: 30_000 }

describe("explaining a mail server failure to an admin", () => {
  it.each([
    [{ code: "ENOTFOUND", message: "getaddrinfo ENOTFOUND" }, "dns", /could not be found \(DNS\)/],
    [{ code: "ECONNREFUSED", message: "connect ECONNREFUSED" }, "tcp", /connection refused/],
    [{ code: "CONNECT_TIMEOUT", message: "Failed to establish connection" }, "tcp", /did not answer within 30 s/],
    [{ code: "ERR_SSL_WRONG_VERSION_NUMBER", message: "wrong version number" }, "tls", /turn TLS off or use the TLS port \(993\)/],
    [{ authenticationFailed: true, message: "Command failed", responseText: "Authentication failed." }, "auth", /refused the user name or password/],
  ])("names the stage of %j", (error, stage, message) => {
    const problem = explainConnectionError(error, imap)
    expect(problem.stage).toBe(stage)
    expect(problem.message).toMatch(message)
  })

  it("suggests turning TLS on when a plain connection meets a TLS port", () => {
    const problem = explainConnectionError({ code: "ECONNRESET", message: "socket hang up" }, { ...imap, secure: false })
    expect(problem.stage).toBe("tcp")
    expect(explainConnectionError({ code: "EPROTO", message: "tls handshake" }, { ...imap, secure: false }).message).toMatch(/turn TLS on/)
  })

  it("says mail was imported when only moving it to the chosen folder failed", () => {
    const problem = explainConnectionError(new ImapMoveError("Archive/Helpdesk"), imap)
    expect(problem.stage).toBe("folder")
    expect(problem.message).toMatch(/^Mail was imported, but .*"Archive\/Helpdesk"/)
  })
})
