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
    return { ok: false, problem: explainConnectionError(error, { kind: "IMAP", ...config }) }
  }
  await session.close()
  return { ok: true, problem: null }
}
