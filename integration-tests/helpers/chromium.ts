import { existsSync } from "node:fs"
import type { BrowserContext } from "playwright-core"

// Jest runs a test file in a realm of its own, whose Symbol lacks the
// dispose symbols Node adds to its main realm. playwright-core names its
// disposers with them and finds them again by name: without them it cannot
// even measure an element inside an iframe ("Object not disposable"). So they
// are set, to Node's own, before playwright-core is loaded.
const symbols = Symbol as unknown as { dispose?: symbol; asyncDispose?: symbol }
symbols.dispose ??= Symbol.for("nodejs.dispose")
symbols.asyncDispose ??= Symbol.for("nodejs.asyncDispose")
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { chromium } = require("playwright-core") as typeof import("playwright-core")

/** Debian's Chromium (`apt-get install -y chromium`); never a browser downloaded by Playwright. */
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
export const hasChromium = existsSync(CHROMIUM)

/** A headless Chromium with a fresh profile in `profileDir`, quiet on the network beyond the test's own servers. */
export function launchChromium(profileDir: string, viewport = { width: 1024, height: 900 }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport,
  })
}
