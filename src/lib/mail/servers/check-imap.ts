import { ImapConfig, ImapSession } from "../imap/imap-session"
import { ConnectionProblem, explainConnectionError } from "./explain-connection-error"

export interface ConnectionCheck {
  ok: boolean
  problem: ConnectionProblem | null
}

/** Logs in and opens the folder the collector will read, and says which part failed. */
export async function checkImap(config: ImapConfig, folder: string): Promise<ConnectionCheck & { messages?: number }> {
  let session: ImapSession
  try {
    session = await ImapSession.open(config, folder)
  } catch (error) {
    const problem = explainConnectionError(error, { kind: "IMAP", ...config })
    const code = String((error as { serverResponseCode?: string }).serverResponseCode ?? "")
    const text = String((error as Error).message ?? "")
    if (problem.stage === "server" && (code === "NONEXISTENT" || /mailbox|folder|select/i.test(text))) {
      return { ok: false, problem: { stage: "folder", message: `Logged in, but the folder "${folder}" cannot be opened: ${text}` } }
    }
    return { ok: false, problem }
  }
  await session.close()
  return { ok: true, problem: null }
}
