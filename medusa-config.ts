// Used only by this repository's tests and tooling: it boots the plugin's
// own source as a Medusa app. A store loads the built package instead.
import os from "node:os"
import path from "node:path"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// Outside ./static, which Medusa serves to anyone at /static: helpdesk files
// (attachments, raw mail) must only be reachable through the plugin's routes.
const fileDir = process.env.HELPDESK_FILE_DIR || path.join(os.tmpdir(), "medusa-helpdesk-test-files")

// With REDIS_URL, the store runs as several instances would in production
// (a server and workers sharing events, workflows and locks through Redis).
const redisUrl = process.env.REDIS_URL
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { redisModules } = require("./scripts/lib/redis-modules.cjs")

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server" | undefined) || "shared",
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors: process.env.AUTH_CORS || "http://localhost:9000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: { disable: true },
  modules: [
    ...redisModules(redisUrl),
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { upload_dir: fileDir, private_upload_dir: fileDir },
          },
        ],
      },
    },
    {
      resolve: "./src/modules/helpdesk",
      options: {
        ticketNumberDigits: Number(process.env.HELPDESK_TICKET_NUMBER_DIGITS || 6),
        secretKey: process.env.HELPDESK_SECRET || "test-only-secret-key-0123456789-0123456789",
        // Tests collect on demand; a job firing mid-test would race them.
        mailCron: process.env.HELPDESK_MAIL_CRON || "off",
        // Tests wait for retries and dead senders' claims: seconds, not minutes.
        mailRetryBaseMs: Number(process.env.HELPDESK_MAIL_RETRY_BASE_MS || 1000),
        mailSendClaimMs: Number(process.env.HELPDESK_MAIL_SEND_CLAIM_MS || 10_000),
        ...(process.env.HELPDESK_SENDER_RATE_LIMIT ? { senderRateLimit: Number(process.env.HELPDESK_SENDER_RATE_LIMIT) } : {}),
      },
    },
  ],
})
