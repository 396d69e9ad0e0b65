import { z } from "@medusajs/framework/zod"
import { parseExpression } from "cron-parser"
import { MIN_SECRET_LENGTH } from "../../lib/crypto/keys"

export const DEFAULT_TICKET_NUMBER_DIGITS = 6

/** Documents, images, archives and media people send support; no executables or scripts. */
export const DEFAULT_UPLOAD_EXTENSIONS = [
  "pdf", "txt", "csv", "rtf", "doc", "docx", "odt", "xls", "xlsx", "ods", "ppt", "pptx", "odp",
  "png", "jpg", "jpeg", "gif", "webp", "heic", "heif", "bmp", "tif", "tiff",
  "zip", "7z", "rar", "gz", "eml", "msg", "mp4", "mov", "webm", "mp3", "m4a", "wav", "ogg",
]

const SHORT_SECRET = `must be at least ${MIN_SECRET_LENGTH} characters (a random string, e.g. \`openssl rand -base64 32\`)`

export const HelpdeskOptionsSchema = z
  .object({
    /** Digits of a public ticket number (#123456). Random, so nobody can count requests. */
    ticketNumberDigits: z
      .number()
      .int()
      .min(2)
      .max(12)
      .default(DEFAULT_TICKET_NUMBER_DIGITS),
    /** Minutes without activity after which an agent's claim on a ticket lapses. */
    claimIdleMinutes: z.number().int().min(1).max(1440).default(15),
    /** Language of tickets that come from a channel without one of its own. */
    defaultLanguage: z.enum(["en", "ru"]).default("en"),
    /**
     * Encrypts mailbox passwords at rest and signs the helpdesk's Message-IDs;
     * HELPDESK_SECRET is used when this is not set.
     */
    secretKey: z.string().min(MIN_SECRET_LENGTH, SHORT_SECRET).optional(),
    /**
     * When the mail job collects (cron, minute precision); "* * * * *" is every
     * minute, "off" leaves collection to "Check mail now".
     */
    mailCron: z
      .string()
      .refine((v) => v === "off" || isCron(v), "must be a cron expression such as \"*/5 * * * *\", or \"off\"")
      .default("* * * * *"),
    /** Most mails one run takes from a mailbox; the rest wait for the next run. */
    mailBatchSize: z.number().int().min(1).max(5000).default(2000),
    /** Mails larger than this are kept raw for an agent and not parsed. */
    maxMailBytes: z.number().int().min(1024).default(25 * 1024 * 1024),
    /** Attachments larger than this are left out of the ticket, with a note on the message. */
    maxAttachmentBytes: z.number().int().min(1024).default(10 * 1024 * 1024),
    /** Files one reply, forward or customer message may carry; 0 switches attaching files off. */
    uploadMaxFiles: z.number().int().min(0).max(50).default(10),
    /** Largest file an agent or customer may attach, in bytes. */
    uploadMaxBytes: z.number().int().min(1024).max(1024 * 1024 * 1024).default(10 * 1024 * 1024),
    /** Extensions a file someone attaches may have (case does not matter), or "*" for any. */
    uploadExtensions: z
      .union([
        z.literal("*"),
        z.array(z.string().regex(/^\.?[a-z0-9]{1,16}$/i, "must be extensions such as \"pdf\" or \".png\"")).transform((list) => list.map((e) => e.replace(/^\./, "").toLowerCase())),
      ])
      .default(DEFAULT_UPLOAD_EXTENSIONS),
    /** The ticket tag in mail subjects, in and out (SPEC §6 "Subject tag"). */
    subjectTag: z.string().refine(hasNumber, "must contain {number}").default("[#{number}]"),
    /** The tag of a ticket forwarded to a colleague for discussion. */
    forwardTag: z.string().refine(hasNumber, "must contain {number}").default("[ID:{number}]"),
    /** New messages one sender may open per hour per mailbox before mail is held (loop guard). */
    senderRateLimit: z.number().int().min(1).default(30),
    /** Connect, greeting and socket timeout for mail servers, in milliseconds. */
    mailTimeoutMs: z.number().int().min(1000).max(600000).default(30000),
    /** Attempts at an outgoing mail before it is marked failed (temporary errors only; a 5xx fails at once). */
    mailSendAttempts: z.number().int().min(1).max(50).default(8),
    /** Wait before the first retry of an outgoing mail; it doubles with each attempt, up to 6 hours. */
    mailRetryBaseMs: z.number().int().min(100).default(60_000),
    /**
     * How long a process holds an outgoing mail it is sending. A process that
     * dies holding one frees it when this runs out; keep it well above the
     * time one mail takes to send (mailTimeoutMs).
     */
    mailSendClaimMs: z.number().int().min(1000).default(120_000),
    /** Receipts and confirmations one sender gets per hour at most, across every mailbox (a loop with another responder stops there). */
    autoMailsPerSenderPerHour: z.number().int().min(0).default(5),
    /** Connections kept open per SMTP server while mail goes out. */
    smtpPoolSize: z.number().int().min(1).max(50).default(5),
    /**
     * The store backend as customers reach it (scheme, host, optional path):
     * guest and confirmation links in mails point here, so it must be the
     * public address, not an internal one.
     */
    publicUrl: z
      .string()
      .refine(isHttpUrl, "must be an http(s) URL such as \"https://shop.example.com\" (without query or credentials); it defaults to HELPDESK_PUBLIC_URL or MEDUSA_BACKEND_URL")
      .transform((url) => url.replace(/\/+$/, ""))
      // prefault, not default: a URL from the environment is checked like one given as an option.
      .prefault(defaultPublicUrl),
    /** The store's name in mails and on the helpdesk's public pages. */
    storeName: z.string().trim().min(1).max(200).default("our store"),
    /**
     * The storefront's "My requests" page. A mail that links an address to a
     * customer's account opens it with `?helpdesk_token=<token>`, for the page
     * to call the store route email-proofs; without it the mail carries the
     * guest link.
     */
    storefrontRequestsUrl: z.string().refine(isHttpUrl, "must be an http(s) URL such as \"https://shop.example.com/account/requests\"").optional(),
    /** How long a confirmation link (anti-spam) works after it is sent. */
    confirmLinkTtlHours: z.number().int().min(1).max(24 * 90).default(72),
    /** Submissions of public web forms one IP address may make per window (formRateLimitWindowSeconds). */
    formRateLimitPerIp: z.number().int().min(1).default(10),
    /** Submissions of public web forms per window from one email address, whatever the IP. */
    formRateLimitPerEmail: z.number().int().min(1).default(5),
    /** The window of the form rate limits, in seconds. */
    formRateLimitWindowSeconds: z.number().int().min(1).max(7 * 24 * 3600).default(3600),
    /** A form sent sooner than this after its page was served is taken for a bot's (0 turns the check off). */
    formMinFillSeconds: z.number().int().min(0).max(3600).default(3),
    /**
     * Proof-of-work difficulty of the forms' ALTCHA check: the most hashes a
     * browser may have to compute (between half and all of it, each challenge).
     */
    altchaMaxNumber: z.number().int().min(1000).max(10_000_000).default(50_000),
    /**
     * "Resend order confirmation" from a ticket creates a notification with
     * this template and channel through Medusa's Notification module, as a
     * store's own order.placed subscriber would (see Medusa's docs).
     */
    orderConfirmationTemplate: z.string().trim().min(1).max(200).default("order-placed"),
    orderConfirmationChannel: z.string().trim().min(1).max(100).default("email"),
  })
  // A misspelt option would otherwise be ignored without a word.
  .strict()

// Read when the options are parsed, so the environment at startup counts.
function defaultPublicUrl() {
  return process.env.HELPDESK_PUBLIC_URL || process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
}

function isHttpUrl(value: string) {
  try {
    const url = new URL(value)
    return (url.protocol === "https:" || url.protocol === "http:") && !url.search && !url.hash && !url.username
  } catch {
    return false
  }
}

function hasNumber(value: string) {
  return value.includes("{number}")
}

function isCron(value: string) {
  try {
    parseExpression(value)
    return value.trim().split(/\s+/).length === 5
  } catch {
    return false
  }
}

export type HelpdeskOptionsInput = z.input<typeof HelpdeskOptionsSchema>
export type HelpdeskOptions = z.output<typeof HelpdeskOptionsSchema>

/** Medusa passes its own keys (and, for plugins, the plugin's options) along with ours. */
const HOST_KEYS = new Set(["database", "resources", "definition", "moduleDeclaration"])

/**
 * Parses the module's options, or throws one error that names every bad
 * option and says what it accepts, so startup stops with something to act on.
 */
export function parseHelpdeskOptions(raw: unknown): HelpdeskOptions {
  const input = Object.fromEntries(
    Object.entries((raw ?? {}) as Record<string, unknown>).filter(
      ([key]) => !HOST_KEYS.has(key)
    )
  )
  const result = HelpdeskOptionsSchema.safeParse(input)
  if (result.success) {
    return result.data
  }
  const problems = result.error.issues.map((issue) => {
    if (issue.code === "unrecognized_keys") {
      return `unknown option(s) ${issue.keys.map((k) => `"${k}"`).join(", ")}; allowed: ${Object.keys(
        HelpdeskOptionsSchema.shape
      ).join(", ")}`
    }
    const name = issue.path.join(".") || "(options)"
    return `option "${name}": ${issue.message}`
  })
  throw new Error(`medusa-helpdesk: invalid options: ${problems.join("; ")}`)
}

/**
 * The environment's HELPDESK_SECRET is the secret when the option is not set,
 * so it is held to the same length at startup.
 */
export function checkSecretFromEnv(options: HelpdeskOptions, env: NodeJS.ProcessEnv = process.env): void {
  const secret = env.HELPDESK_SECRET
  if (options.secretKey === undefined && secret && secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`medusa-helpdesk: invalid options: HELPDESK_SECRET ${SHORT_SECRET}`)
  }
}

/** Whether a cron expression fires in the minute that contains `now`. */
export function cronIsDue(expression: string, now = new Date()): boolean {
  if (expression === "off") {
    return false
  }
  const minute = new Date(now)
  minute.setSeconds(0, 0)
  const next = parseExpression(expression, { currentDate: new Date(minute.getTime() - 1000) }).next()
  return next.getTime() === minute.getTime()
}
