import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { asValue } from "@medusajs/framework/awilix"
import { ContainerRegistrationKeys, createMedusaContainer, ModulesSdkUtils } from "@medusajs/framework/utils"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { Redis } from "ioredis"
import { hasRedis, REDIS_MISSING, startRedis, type RedisServer } from "../../../../integration-tests/mail/helpers/redis"
import { createFormRateLimiter, getFormRateLimiter, RATE_LIMIT_TABLE, type FormRateLimiter, type RateLimitStore } from "../../../lib/forms/bot-check"
import { HELPDESK_MODULE } from ".."
import HelpdeskModuleService from "../service"
import { Migration20261206093000 } from "../migrations/Migration20261206093000"

jest.setTimeout(60_000)

const limits = { perIp: 4, perEmail: 3, windowSeconds: 120 }

/** What every store must do, each limiter standing for one store process with its own connection. */
function holdsAcrossProcesses(open: () => Promise<[RateLimitStore, RateLimitStore]>) {
  let a: FormRateLimiter
  let b: FormRateLimiter
  beforeEach(async () => {
    const [storeA, storeB] = await open()
    // Both at once, as two processes starting together would.
    ;[a, b] = await Promise.all([createFormRateLimiter(storeA, limits), createFormRateLimiter(storeB, limits)])
  })

  it("counts one IP's submissions to either process against one allowance, and answers the wait in seconds", async () => {
    for (const limiter of [a, b, a, b]) expect(await limiter.consume({ ip: "203.0.113.9" })).toEqual({ ok: true })
    for (const limiter of [a, b]) {
      const refused = await limiter.consume({ ip: "203.0.113.9" })
      expect(refused).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) })
      const { retryAfterSeconds } = refused as { retryAfterSeconds: number }
      expect(retryAfterSeconds).toBeGreaterThan(limits.windowSeconds - 10)
      expect(retryAfterSeconds).toBeLessThanOrEqual(limits.windowSeconds)
    }
  })

  it("counts one address across IPs and processes", async () => {
    const sends = [a, b, a].map((limiter, i) => limiter.consume({ ip: `198.51.100.${i}`, email: "ann@shop.test" }))
    expect(await Promise.all(sends)).toEqual([{ ok: true }, { ok: true }, { ok: true }])
    expect(await b.consume({ ip: "198.51.100.9", email: "ANN@shop.test" })).toMatchObject({ ok: false })
  })

  it("lets only one of many concurrent claims of a solved challenge through, across processes", async () => {
    const claims = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).consumeOnce("altcha:nonce-1", 600)))
    expect(claims.filter(Boolean)).toHaveLength(1)
  })
}

moduleIntegrationTestRunner<HelpdeskModuleService>({
  moduleName: HELPDESK_MODULE,
  resolve: "./src/modules/helpdesk",
  moduleOptions: { formRateLimitPerIp: 2, formRateLimitWindowSeconds: 300 },
  testSuite: ({ service, dbConfig }) => {
    const pools: Knex[] = []
    const pool = () => {
      const knex = ModulesSdkUtils.createPgConnection({ clientUrl: dbConfig.clientUrl, schema: dbConfig.schema }) as unknown as Knex
      pools.push(knex)
      return knex
    }
    afterEach(async () => {
      await Promise.all(pools.splice(0).map((knex) => knex.destroy()))
    })
    // This runner builds the schema from the models; the limits' table is not one, so its migration runs here.
    beforeEach(async () => {
      const migration = new (Migration20261206093000 as any)({}, {})
      await migration.up()
      const knex = pool()
      for (const sql of migration.getQueries()) await knex.raw(sql)
    })

    describe("form rate limits in PostgreSQL (two connection pools)", () => {
      holdsAcrossProcesses(async () => [{ kind: "postgres", knex: pool() }, { kind: "postgres", knex: pool() }])

      it("keeps them in the helpdesk_ table, keyed by hashes, not addresses", async () => {
        const limiter = await createFormRateLimiter({ kind: "postgres", knex: pool() }, limits)
        await limiter.consume({ ip: "192.0.2.44", email: "bob@shop.test" })
        const { rows } = await pools[0].raw(`SELECT key FROM "${RATE_LIMIT_TABLE}"`)
        expect(rows.length).toBeGreaterThanOrEqual(2)
        expect(JSON.stringify(rows)).not.toMatch(/192\.0\.2\.44|bob@shop\.test/)
      })
    })

    describe("form rate limits in Redis (two clients)", () => {
      let redis: RedisServer
      const clients: Redis[] = []
      const client = () => {
        const c = new Redis(redis.url, { maxRetriesPerRequest: 1 })
        clients.push(c)
        return c
      }
      beforeAll(async () => {
        if (hasRedis) redis = await startRedis()
      })
      afterEach(async () => {
        await Promise.all(clients.splice(0).map((c) => c.quit()))
      })
      afterAll(async () => {
        await redis?.stop()
      })

      if (!hasRedis) {
        // Skipped only where redis-server is not installed (.ci/run installs it): these tests need a real Redis, and the title says how to get one.
        it.skip(REDIS_MISSING, () => {})
        return
      }
      holdsAcrossProcesses(async () => [{ kind: "redis", client: client() }, { kind: "redis", client: client() }])
    })

    describe("getFormRateLimiter(container)", () => {
      const saved = process.env.REDIS_URL
      afterEach(() => {
        process.env.REDIS_URL = saved
        if (saved === undefined) delete process.env.REDIS_URL
      })

      const appContainer = () => {
        const container = createMedusaContainer()
        container.register({
          [ContainerRegistrationKeys.PG_CONNECTION]: asValue(pool()),
          [HELPDESK_MODULE]: asValue(service),
        })
        return container
      }

      it("uses the helpdesk options and one limiter for every request scope of the app", async () => {
        delete process.env.REDIS_URL
        const app = appContainer()
        const first = await getFormRateLimiter(app.createScope())
        expect(await getFormRateLimiter(app.createScope())).toBe(first)
        expect(await first.consume({ ip: "192.0.2.50" })).toEqual({ ok: true })
        expect(await first.consume({ ip: "192.0.2.50" })).toEqual({ ok: true })
        // formRateLimitPerIp: 2 and a 300-second window, from the module's options.
        const refused = await first.consume({ ip: "192.0.2.50" })
        expect(refused).toMatchObject({ ok: false })
        expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(290)
      })
    })
  },
})
