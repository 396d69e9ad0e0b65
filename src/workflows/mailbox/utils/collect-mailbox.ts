import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { decryptMailboxPassword } from "../../../lib/crypto/mailbox-password"
import { ImapSession, MailCheckpoint } from "../../../lib/mail/imap/imap-session"
import { explainConnectionError } from "../../../lib/mail/servers/explain-connection-error"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { importInboundMailsWorkflow } from "../workflows/import-inbound-mails"
import { InboundMailPayload } from "../types"
import { withoutServerPaths } from "../../../lib/files/file-error"
import { HeldLease, keepMailboxLease, MAILBOX_LEASE_MS } from "./lease"
import { InboundChunk } from "./prepare-inbound-mails"

/**
 * Mails fetched, stored and checkpointed together: a crash loses at most a
 * chunk's work, never mail. The first chunks are small, so the database
 * starts storing early; the rest large, as each stored chunk has a fixed cost
 * and a large run waits on its stores, one after another, not on the parser
 * (measured: the parser finishes well before the last stores). Small chunks
 * at the end only added stores to that queue.
 */
const FIRST_CHUNK = 100
const CHUNK = 600
/**
 * Fetched mail waiting for the database is held in memory, so the next fetch
 * waits while more than this is: two full chunks.
 */
const MAX_UNSTORED_MAILS = 2 * CHUNK
const MAX_UNSTORED_BYTES = 256 * 1024 * 1024
/**
 * The next fetch also waits until the parser has at most this many mails to
 * go: fetching further ahead would not parse anything sooner, and would take
 * the main thread from storing the chunks already parsed.
 */
const MAX_UNPARSED_MAILS = 300

/**
 * Most bytes of large mail one chunk holds: a chunk is downloaded whole, so
 * a full chunk of mail near the size limit (maxMailBytes) would otherwise be
 * gigabytes in memory at once. Small mail is bounded by the chunk's count
 * instead (CHUNK × SMALL_MAIL_BYTES is this much again), so a chunk holds at
 * most twice this, or one mail larger than it beside small mail.
 */
const MAX_CHUNK_BYTES = 64 * 1024 * 1024
/** Mail no larger than this fits a full chunk within MAX_CHUNK_BYTES, so only larger mail needs its size known. */
export const SMALL_MAIL_BYTES = Math.floor(MAX_CHUNK_BYTES / CHUNK)

/**
 * A run's chunks of UIDs, in order: the counts of chunkSizes, a chunk cut
 * further where its large mail (the mail `sizes` lists) would pass
 * `maxBytes`. Small mail does not count against it: counted at the most it
 * could be, one large mail cut a full chunk of small mail in two, and each
 * extra chunk costs a database store of its own.
 */
export function chunkUids(uids: number[], sizes: Map<number, number>, maxBytes = MAX_CHUNK_BYTES): number[][] {
  const chunks: number[][] = []
  let start = 0
  for (const count of chunkSizes(uids.length)) {
    let chunk: number[] = []
    let largeBytes = 0
    for (const uid of uids.slice(start, (start += count))) {
      const size = sizes.get(uid) ?? 0
      if (size && largeBytes && largeBytes + size > maxBytes) {
        chunks.push(chunk)
        chunk = []
        largeBytes = 0
      }
      chunk.push(uid)
      largeBytes += size
    }
    if (chunk.length) chunks.push(chunk)
  }
  return chunks
}

/** The sizes of a run's chunks, in order, for `total` new mails: doubling from FIRST_CHUNK up to CHUNK. */
export function chunkSizes(total: number): number[] {
  const sizes: number[] = []
  let left = total
  for (let size = FIRST_CHUNK; left > 0; size = Math.min(size * 2, CHUNK)) {
    const take = Math.min(size, left)
    sizes.push(take)
    left -= take
  }
  return sizes
}

export interface CollectSummary {
  fetched: number
  imported: number
  skipped: number
  failed: number
  duplicates: number
  /** What stopped the run, in words for the admin; mail before it is stored. */
  error: string | null
  /** Where the run's time went, summed per chunk: fetching; parsing and storing files after the fetch; storing in the database; the fetch loop waiting for the database. The stages overlap. */
  timings: { fetch_ms: number; prepare_ms: number; store_ms: number; wait_ms: number }
}

/**
 * One collection run over a mailbox whose lease this run holds, and renews
 * while it runs (a run that dies frees the mailbox within a lease): new UIDs
 * since the checkpoint, in chunks; each chunk is stored before the
 * checkpoint moves past it, so a dropped connection or a crash means the
 * next run starts where this one stopped.
 */
export async function collectMailbox(container: MedusaContainer, mailboxId: string, token: string): Promise<CollectSummary> {
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  const lease = keepMailboxLease(helpdesk, mailboxId, token)
  try {
    return await collectUnderLease(container, mailboxId, token, lease)
  } finally {
    lease.stop()
  }
}

async function collectUnderLease(container: MedusaContainer, mailboxId: string, token: string, lease: HeldLease): Promise<CollectSummary> {
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  const options = helpdesk.getOptions()
  const summary: CollectSummary = {
    fetched: 0, imported: 0, skipped: 0, failed: 0, duplicates: 0, error: null,
    timings: { fetch_ms: 0, prepare_ms: 0, store_ms: 0, wait_ms: 0 },
  }
  const clock = () => Number(process.hrtime.bigint() / 1_000_000n)
  const mailbox = await helpdesk.retrieveMailbox(mailboxId)
  const config = {
    host: mailbox.imap_host,
    port: mailbox.imap_port,
    secure: mailbox.imap_secure,
    user: mailbox.imap_user,
    password: "",
    timeoutMs: options.mailTimeoutMs,
  }
  let session: ImapSession
  try {
    config.password = decryptMailboxPassword("imap", mailbox, helpdesk.getSecretKey())
    session = await ImapSession.open(config, mailbox.imap_folder)
  } catch (error) {
    summary.error = explainConnectionError(error, { kind: "IMAP", ...config }).message
    return summary
  }
  // Chunks flow through three stages side by side: the connection fetches
  // one while the parse worker reads the mail of the one before (each mail
  // goes to it as it arrives) and the database stores an earlier one. Stores,
  // and the checkpoint after each, stay strictly in order.
  let stored: Promise<void> = Promise.resolve()
  // Each chunk's checkpoint is written while the next chunk is stored: the
  // two touch different rows, and in turn they cost a round trip and a commit
  // per chunk on the path a large run waits on. Checkpoints stay in order,
  // each after its chunk. A crash in between leaves the checkpoint behind,
  // and the next run finds those mails recorded (nothing twice); a store does
  // not start once a checkpoint has failed (e.g. the lease was lost).
  let checkpointed: Promise<void> = Promise.resolve()
  let checkpointFailure: StoreError | null = null
  const advanceCheckpoint = (lastUid: number, importedCount: number) => {
    checkpointed = checkpointed.then(async () => {
      const held = await helpdesk
        .advanceMailboxCheckpoint(
          mailboxId,
          token,
          { checkpoint: { uid_validity: session.uidValidity, last_uid: lastUid }, imported_count: importedCount },
          MAILBOX_LEASE_MS
        )
        .catch((error) => {
          throw (checkpointFailure = new StoreError((error as Error).message))
        })
      if (!held) throw (checkpointFailure = new StoreError(TAKEN_OVER))
    })
    checkpointed.catch(() => undefined)
  }
  const ahead: { stored: Promise<void>; mails: number; bytes: number }[] = []
  const unstored = (key: "mails" | "bytes") => ahead.reduce((sum, a) => sum + a[key], 0)
  // Mail sent to the parser, oldest first, as the parser takes it in order; a mail leaves once seen parsed.
  const parsing: Promise<unknown>[] = []
  try {
    const uids = await session.newUids(mailbox.checkpoint as MailCheckpoint | null, options.mailBatchSize)
    let imported = mailbox.imported_count
    const sizes = await session.largeSizes(uids, SMALL_MAIL_BYTES)
    for (const chunk of chunkUids(uids, sizes)) {
      if (lease.lost()) throw new StoreError(TAKEN_OVER)
      let mark = clock()
      const incoming = new InboundChunk(container, mailboxId, options)
      // mail over maxMailBytes is kept raw and not parsed: only its head is downloaded
      const fetched = await session.fetchSources(chunk, (mail) => parsing.push(incoming.add(mail)), { maxBytes: options.maxMailBytes, sizes })
      summary.fetched += fetched.length
      summary.timings.fetch_ms += clock() - mark
      const fetchedAt = clock()
      const prepared = incoming.prepare(session.uidValidity).then((payloads) => {
        summary.timings.prepare_ms += clock() - fetchedAt
        return payloads
      })
      prepared.catch(() => undefined)
      stored = stored.then(async () => {
        const payloads = await prepared
        if (checkpointFailure) throw checkpointFailure
        if (lease.lost()) throw new StoreError(TAKEN_OVER)
        const started = clock()
        const outcome = await importChunk(container, mailboxId, payloads)
        summary.imported += outcome.imported
        summary.skipped += outcome.skipped
        summary.failed += outcome.failed
        summary.duplicates += outcome.duplicates
        imported += outcome.imported
        advanceCheckpoint(chunk[chunk.length - 1], imported)
        summary.timings.store_ms += clock() - started
      }).catch((error) => {
        throw error instanceof StoreError ? error : new StoreError((error as Error).message)
      })
      // Not awaited yet, but never left unobserved: a failure surfaces at the next await.
      stored.catch(() => undefined)
      ahead.push({ stored, mails: fetched.length, bytes: fetched.reduce((sum, m) => sum + m.source.length, 0) })
      if (mailbox.after_import === "move" && mailbox.move_to_folder) {
        await stored
        await checkpointed
        ahead.length = 0
        parsing.length = 0
        await session.moveTo(fetched.map((m) => m.uid), mailbox.move_to_folder)
      } else {
        mark = clock()
        while (ahead.length && (unstored("mails") > MAX_UNSTORED_MAILS || unstored("bytes") > MAX_UNSTORED_BYTES)) {
          await ahead.shift()!.stored
        }
        while (parsing.length > MAX_UNPARSED_MAILS) await parsing.shift()
        summary.timings.wait_ms += clock() - mark
      }
    }
    await stored
    await checkpointed
  } catch (error) {
    // Chunks already fetched finish (and checkpoint) before the run ends.
    await stored.catch(() => undefined)
    await checkpointed.catch(() => undefined)
    summary.error =
      error instanceof StoreError
        ? `Storing mail failed; the run stopped and the mail stays on the server for the next run: ${withoutServerPaths(error.message)}`
        : explainConnectionError(error, { kind: "IMAP", ...config }).message
  } finally {
    await session.close().catch(() => undefined)
  }
  return summary
}

/** A failure of the database side, not of the mail server. */
class StoreError extends Error {}

const TAKEN_OVER = "another collection run took this mailbox over (this run's lease ran out); it goes on from here"

/**
 * Stores a chunk in one workflow run; if that fails, mail by mail, so one
 * mail that cannot be stored is recorded as unprocessable and the rest go in.
 */
async function importChunk(container: MedusaContainer, mailboxId: string, mails: InboundMailPayload[]) {
  const totals = { imported: 0, skipped: 0, failed: 0, duplicates: 0 }
  const add = (result: { records: { status: string }[]; duplicates: number }) => {
    for (const r of result.records) {
      if (r.status === "imported") totals.imported++
      else if (r.status === "skipped") totals.skipped++
      else if (r.status === "failed") totals.failed++
    }
    totals.duplicates += result.duplicates
  }
  if (!mails.length) return totals
  const run = async (batch: InboundMailPayload[]) =>
    add((await importInboundMailsWorkflow(container).run({ input: { mailbox_id: mailboxId, mails: batch } })).result)
  // A mail the store refuses is recorded as unprocessable (raw source kept,
  // retry possible), so the checkpoint can move past it; only when even that
  // record cannot be written does the run stop.
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const recordUnstorable = async (mail: InboundMailPayload, error: unknown) => {
    logger.warn(`medusa-helpdesk: mail ${mail.dedupe_key} in mailbox ${mailboxId} could not be stored: ${(error as Error).message}`)
    await run([{ ...mail, error: `The mail could not be stored: ${withoutServerPaths((error as Error).message)}` }])
  }
  try {
    await run(mails)
    return totals
  } catch (error) {
    if (mails.length === 1) {
      await recordUnstorable(mails[0], error)
      return totals
    }
  }
  for (const mail of mails) {
    await run([mail]).catch((error) => recordUnstorable(mail, error))
  }
  return totals
}
