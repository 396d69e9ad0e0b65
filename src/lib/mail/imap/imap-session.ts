import { ImapFlow } from "imapflow"

export interface ImapConfig {
  host: string
  port: number
  secure: boolean
  user: string
  password: string
  timeoutMs: number
}

/** Where a mailbox's collection stopped: only UIDs above `last_uid` are new. */
export interface MailCheckpoint {
  uid_validity: string
  last_uid: number
}

/** Logged in, but the folder could not be opened. */
export class ImapFolderError extends Error {
  constructor(readonly folder: string, cause: unknown) {
    const e = cause as { responseText?: string; message?: string }
    super(`the folder "${folder}" cannot be opened: ${e?.responseText || e?.message || String(cause)}`)
  }
}

/** Mail was imported, but the server would not move it to the folder chosen for imported mail. */
export class ImapMoveError extends Error {
  constructor(readonly folder: string) {
    super(`imported mail could not be moved to the folder "${folder}"`)
  }
}

export interface FetchedMail {
  uid: number
  source: Buffer
  /** The whole message's size in bytes when `source` is only its start (see fetchSources). */
  size?: number
}

/** How much of a message over the size limit is fetched: its headers and the start of its body. */
export const OVERSIZE_HEAD_BYTES = 64 * 1024

/** Messages known to be larger than `maxBytes` (by `sizes`, as largeSizes gives them). */
export interface SizeLimit {
  maxBytes: number
  sizes: Map<number, number>
}

/**
 * One IMAP connection with one folder open. New mail is found by UID against
 * the stored checkpoint, never by the server's Seen flag, which another mail
 * client may set or clear.
 */
export class ImapSession {
  private constructor(
    private readonly client: ImapFlow,
    private readonly release: () => void,
    readonly uidValidity: string
  ) {}

  static async open(config: ImapConfig, folder: string): Promise<ImapSession> {
    const client = new ImapFlow({
      host: config.host,
      port: config.port,
      secure: config.secure,
      auth: { user: config.user, pass: config.password },
      logger: false,
      disableAutoIdle: true,
      connectionTimeout: config.timeoutMs,
      greetingTimeout: config.timeoutMs,
      socketTimeout: config.timeoutMs,
    })
    // An unhandled 'error' event would take the whole process down.
    client.on("error", () => undefined)
    await client.connect()
    try {
      const lock = await client.getMailboxLock(folder)
      const validity = client.mailbox ? String(client.mailbox.uidValidity) : "0"
      return new ImapSession(client, () => lock.release(), validity)
    } catch (error) {
      client.close()
      throw new ImapFolderError(folder, error)
    }
  }

  /**
   * UIDs of mail newer than the checkpoint, oldest first, at most `limit`.
   * A changed UIDVALIDITY means the server renumbered the folder: everything
   * is new again, and the (mailbox, Message-ID) dedupe keeps it from
   * being imported twice.
   */
  async newUids(checkpoint: MailCheckpoint | null, limit: number): Promise<number[]> {
    const after = checkpoint && checkpoint.uid_validity === this.uidValidity ? checkpoint.last_uid : 0
    const found = await this.client.search({ uid: `${after + 1}:*` }, { uid: true })
    // "n:*" also matches the highest UID when every UID is below n.
    return (found || []).filter((uid) => uid > after).sort((a, b) => a - b).slice(0, limit)
  }

  /**
   * The sizes in bytes of the messages among `uids` (in UID order) larger
   * than `above`, by UID; the others are known to be no larger. The server
   * picks them (SEARCH LARGER), so only the few large ones are listed: sizes
   * of every message would cost the collector more than the check is worth.
   */
  async largeSizes(uids: number[], above: number): Promise<Map<number, number>> {
    const sizes = new Map<number, number>()
    if (!uids.length) {
      return sizes
    }
    const wanted = new Set(uids)
    const found = await this.client.search({ uid: `${uids[0]}:${uids[uids.length - 1]}`, larger: above }, { uid: true })
    const large = (found || []).filter((uid) => wanted.has(uid))
    if (large.length) {
      for await (const message of this.client.fetch(large.join(","), { uid: true, size: true }, { uid: true })) {
        sizes.set(message.uid, message.size ?? above)
      }
    }
    return sizes
  }

  /**
   * Whole messages for the given UIDs, in UID order. `onMail` sees each one
   * as it arrives (it must not run IMAP commands: inside the fetch loop they
   * deadlock), so work on early mail can start while the rest downloads.
   * With `limit`, a message known to be over `limit.maxBytes` is fetched only
   * up to OVERSIZE_HEAD_BYTES, with its whole `size`: such mail is kept raw,
   * not parsed, and a hostile sender's mail of any size is not held in memory.
   */
  async fetchSources(uids: number[], onMail: (mail: FetchedMail) => void = () => undefined, limit?: SizeLimit): Promise<FetchedMail[]> {
    const oversize = (uid: number) => !!limit && (limit.sizes.get(uid) ?? 0) > limit.maxBytes
    const whole = uids.filter((uid) => !oversize(uid))
    const heads = uids.filter(oversize)
    const mails: FetchedMail[] = []
    const fetch = async (range: number[], source: true | { start: number; maxLength: number }) => {
      if (!range.length) return
      for await (const message of this.client.fetch(range.join(","), { uid: true, source }, { uid: true })) {
        if (message.source) {
          const mail: FetchedMail = source === true ? { uid: message.uid, source: message.source } : { uid: message.uid, source: message.source, size: limit!.sizes.get(message.uid) }
          mails.push(mail)
          onMail(mail)
        }
      }
    }
    await fetch(whole, true)
    await fetch(heads, { start: 0, maxLength: OVERSIZE_HEAD_BYTES })
    return mails.sort((a, b) => a.uid - b.uid)
  }

  /** Moves imported mail to `folder`, making the folder first if the server has none of that name. */
  async moveTo(uids: number[], folder: string): Promise<void> {
    if (!uids.length) {
      return
    }
    const range = uids.join(",")
    // imapflow answers false, not an error, when the server refuses (e.g. TRYCREATE for a missing folder).
    if (await this.client.messageMove(range, folder, { uid: true })) {
      return
    }
    await this.client.mailboxCreate(folder).catch(() => undefined)
    if (!(await this.client.messageMove(range, folder, { uid: true }))) {
      throw new ImapMoveError(folder)
    }
  }

  async close(): Promise<void> {
    this.release()
    try {
      await this.client.logout()
    } catch {
      this.client.close()
    }
  }
}
