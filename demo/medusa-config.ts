import path from "node:path"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const port = process.env.PORT || "9000"

// With REDIS_URL the demo runs as production would with several instances
// (MEDUSA_WORKER_MODE=server or worker): events, workflows and locks on Redis.
const redisUrl = process.env.REDIS_URL
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { redisModules } = require("../scripts/lib/redis-modules.cjs")

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server" | undefined) || "shared",
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || `http://localhost:${port}`,
      authCors: process.env.AUTH_CORS || `http://localhost:${port}`,
      jwtSecret: process.env.JWT_SECRET || "demo-only-jwt-secret",
      cookieSecret: process.env.COOKIE_SECRET || "demo-only-cookie-secret",
    },
    // The demo is served over plain http on localhost.
    cookieOptions: { secure: false },
  },
  // Benchmarks serve only the API.
  admin: { disable: process.env.MEDUSA_ADMIN_DISABLE === "true" },
  // The helpdesk stores attachments and raw mail as private files: they go to
  // ./private (or DEMO_FILE_DIR, which the ingest benchmark sets), never to
  // ./static, which Medusa serves to anyone at /static. Public uploads such as
  // product images stay in ./static.
  modules: [
    ...redisModules(redisUrl),
    // Mail a real store sends through its provider (SendGrid, Resend, …) is written to the log here,
    // so "Resend confirmation" on a ticket's order works in the demo.
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } }],
      },
    },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              private_upload_dir: process.env.DEMO_FILE_DIR || path.join(process.cwd(), "private"),
              ...(process.env.DEMO_FILE_DIR ? { upload_dir: process.env.DEMO_FILE_DIR } : {}),
            },
          },
        ],
      },
    },
  ],
  plugins: [
    {
      resolve: "medusa-helpdesk",
      options: {
        ticketNumberDigits: 6,
        defaultLanguage: "en",
        // Encrypts mailbox passwords; a real store sets its own secret.
        secretKey: process.env.HELPDESK_SECRET || "demo-only-secret-key-change-me-0123456789",
        mailCron: process.env.HELPDESK_MAIL_CRON || "* * * * *",
        // The forms bench sends more than a person would; unset, the plugin's defaults hold.
        ...numberOption("formMinFillSeconds", process.env.HELPDESK_FORM_MIN_FILL_SECONDS),
        ...numberOption("formRateLimitPerIp", process.env.HELPDESK_FORM_RATE_LIMIT_PER_IP),
        ...numberOption("formRateLimitPerEmail", process.env.HELPDESK_FORM_RATE_LIMIT_PER_EMAIL),
      },
    },
  ],
})

function numberOption(name: string, value: string | undefined) {
  return value ? { [name]: Number(value) } : {}
}
