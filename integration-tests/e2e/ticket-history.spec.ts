import { randomUUID } from "node:crypto"
import { createServer, Server } from "node:http"
import { AddressInfo } from "node:net"
import { Client } from "pg"
import type { Page } from "playwright-core"
import { Desk, hasChromium, openDesk, screenshot } from "../helpers/desk"

jest.setTimeout(900_000)

/** A local server the payloads would call if they ran, and a remote image for *Show images*. */
async function startWitness() {
  const hits = { flag: [] as string[], pixel: 0 }
  const pixel = Buffer.from("R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==", "base64")
  const server: Server = createServer((req, res) => {
    const url = req.url ?? "/"
    if (url.startsWith("/pixel")) {
      hits.pixel++
      res.writeHead(200, { "Content-Type": "image/gif", "Access-Control-Allow-Origin": "*" }).end(pixel)
    } else {
      hits.flag.push(url)
      res.writeHead(200, { "Access-Control-Allow-Origin": "*" }).end("ran")
    }
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { origin, hits, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** OWASP filter-evasion classics; each would set top.__xss or call the witness's /flag if it ran. */
const payloads = (flag: string, pixel: string) => {
  const run = "top.__xss=1"
  return [
    `<script>${run}</script>`,
    `<ScRiPt>${run}</sCrIpT>`,
    `<img src=x onerror="${run}">`,
    `<IMG SRC=javascript:${run}>`,
    `<img src=x onerror=&#116;&#111;&#112;&#46;&#95;&#95;&#120;&#115;&#115;&#61;&#49;>`,
    `<IMG SRC="jav&#x09;ascript:${run}">`,
    `<img """><script>${run}</script>">`,
    `<svg onload="${run}"></svg>`,
    `<svg><script>${run}</script></svg>`,
    `<svg><animate onbegin="${run}" attributeName=x dur=1s></svg>`,
    `<svg><a xlink:href="javascript:${run}"><text x=20 y=20>svg link</text></a></svg>`,
    `<body onload="${run}">`,
    `<BODY BACKGROUND="javascript:${run}">`,
    `<a href="javascript:${run}">js link</a>`,
    `<a href="jav&#x0A;ascript:${run}">encoded link</a>`,
    `<a href="data:text/html;base64,PHNjcmlwdD50b3AuX194c3M9MTwvc2NyaXB0Pg==">data link</a>`,
    `<iframe src="javascript:${run}"></iframe>`,
    `<iframe srcdoc="<script>${run}</script>"></iframe>`,
    `<iframe src="data:text/html,<script>${run}</script>"></iframe>`,
    `<meta http-equiv="refresh" content="0;url=javascript:${run}">`,
    `<meta http-equiv="refresh" content="0;url=${flag}?meta-refresh">`,
    `<div style="background:url(javascript:${run})">bg</div>`,
    `<div style="width: expression(${run})">expression</div>`,
    `<DIV STYLE="background-image: url(&#1;javascript:${run})">entity bg</DIV>`,
    `<style>@import '${flag}?css-import';</style>`,
    `<link rel=stylesheet href="${flag}?link">`,
    `<math><mtext><table><mglyph><style><img src=x onerror="${run}">`,
    `<template><img src=x onerror="${run}"></template>`,
    `<noscript><p title="</noscript><img src=x onerror=${run}>">`,
    `<object data="javascript:${run}"></object>`,
    `<embed src="javascript:${run}">`,
    `<form action="javascript:${run}"><button>form button</button></form>`,
    `<details open ontoggle="${run}"><summary>details</summary></details>`,
    `<input autofocus onfocus="${run}">`,
    `<video><source onerror="${run}"></video>`,
    `<base href="javascript:/"><a href="x">base link</a>`,
    `<img src="${pixel}?xss" onload="fetch('${flag}?onload')">`,
  ]
}

/** Plants a stored mail the way no API would take it: raw hostile HTML straight into the table. */
async function plantMessage(db: Client, ticketId: string, row: Record<string, unknown>, offsetMs: number) {
  const id = `tmsg_e2e_${randomUUID().replace(/-/g, "")}`
  const columns = ["id", "ticket_id", "created_at", "updated_at", ...Object.keys(row)]
  const at = new Date(Date.now() + offsetMs)
  const values = [id, ticketId, at, at, ...Object.values(row)]
  await db.query(
    `insert into helpdesk_ticket_message (${columns.map((c) => `"${c}"`).join(", ")}) values (${values.map((_, i) => `$${i + 1}`).join(", ")})`,
    values
  )
  return id
}

const pressAll = async (page: Page, name: string) => {
  for (let guard = 0; guard < 100; guard++) {
    const button = page.getByRole("button", { name, exact: true }).first()
    if (!(await button.count())) return
    await button.click()
  }
}

;(hasChromium ? describe : describe.skip)("ticket history in Chromium: mail HTML, images, order, resend", () => {
  let desk: Desk
  let db: Client
  let witness: Awaited<ReturnType<typeof startWitness>>
  const dialogs: string[] = []
  const run = Date.now().toString(36)

  const newTicket = async (subject: string, extra: Record<string, unknown> = {}) =>
    (await desk.api("/admin/helpdesk/tickets", { body: { subject, contact_email: `history-${run}@example.org`, ...extra } })).ticket as { id: string }
  const open = async (id: string) => {
    await desk.page.goto(`${desk.url}/app/helpdesk/${id}`)
    await desk.page.locator("[data-history-order]").waitFor({ timeout: 120_000 })
  }

  beforeAll(async () => {
    witness = await startWitness()
    desk = await openDesk()
    desk.page.on("dialog", (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    db = new Client({ connectionString: process.env.HELPDESK_DESK_DATABASE_URL })
    await db.connect()
  })

  afterAll(async () => {
    await desk?.api("/admin/helpdesk/me/preferences", { body: { history_order: "asc" } }).catch(() => undefined)
    await db?.end()
    await desk?.close()
    await witness?.close()
  })

  it("opens mails carrying OWASP filter-evasion payloads, shows their images and quotes, and nothing runs", async () => {
    const { page } = desk
    const ticket = await newTicket(`Hostile mail ${run}`)
    const list = payloads(`${witness.origin}/flag`, `${witness.origin}/pixel`)
    for (const [i, html] of list.entries()) {
      await plantMessage(db, ticket.id, {
        kind: i % 5 === 4 ? "note" : "message",
        author_type: i % 5 === 4 ? "agent" : "customer",
        author_name: `Payload ${i}`,
        body_text: `payload ${i}`,
        body_html: `<p>Payload ${i}</p>${html}`,
        quoted_text: `> earlier ${i}: ${html}`,
      }, i)
    }
    // Form-like values and a name that are markup, through the API.
    const formTicket = await newTicket(`<img src=x onerror="top.__xss=1"> Form ${run}`, {
      contact_name: `<script>top.__xss=1</script>Mallory`,
      custom_fields: { order_ref: `<svg onload="top.__xss=1">`, note: `"><iframe src="javascript:top.__xss=1">` },
      message: { body_text: `<img src=x onerror="top.__xss=1"> plain text stays text` },
    })

    await open(ticket.id)
    await page.locator("iframe[data-mail-frame]").nth(list.length - 1).waitFor()
    expect(await page.locator("iframe[data-mail-frame]").count()).toBe(list.length)
    // Every frame is sandboxed without scripts.
    const sandboxes = await page.locator("iframe[data-mail-frame]").evaluateAll((els) => els.map((e) => e.getAttribute("sandbox")))
    expect(new Set(sandboxes)).toEqual(new Set(["allow-same-origin"]))

    await pressAll(page, "Show images")
    await pressAll(page, "Show quoted text")
    await page.getByText("> earlier 0:", { exact: false }).first().waitFor()
    // Click what a curious agent would click inside the mails.
    const frames = await page.locator("iframe[data-mail-frame]").all()
    for (const text of ["js link", "encoded link", "data link", "svg link", "base link", "form button", "details"]) {
      for (const frame of frames) {
        const target = (await (await frame.elementHandle())?.contentFrame())?.getByText(text, { exact: true })
        if (target && (await target.count())) await target.first().click({ timeout: 5_000 }).catch(() => undefined)
      }
    }
    await page.waitForTimeout(2_000)
    await screenshot(page, "ticket-history-xss.png")

    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined()
    for (const frame of page.frames()) {
      const inFrame = Promise.race([frame.evaluate(() => (window as any).__xss), new Promise((r) => setTimeout(r, 2_000))])
      expect(await inFrame.catch(() => undefined)).toBeUndefined()
    }
    expect(witness.hits.flag).toEqual([])
    expect(dialogs).toEqual([])
    expect(page.url()).toContain(`/app/helpdesk/${ticket.id}`)
    // A note is yellow and marked internal.
    expect(await page.locator('[data-timeline-entry="note"]').first().innerText()).toContain("Internal")

    await open(formTicket.id)
    await page.locator("[data-extra-fields]").waitFor()
    expect(await page.locator("[data-ticket-info]").innerText()).toContain(`<svg onload="top.__xss=1">`)
    expect(await page.getByText(`plain text stays text`).first().innerText()).toContain(`<img src=x onerror="top.__xss=1">`)
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined()
    expect(dialogs).toEqual([])
  })

  it("loads a remote image only after Show images, and keeps the history order per agent across reloads", async () => {
    const { page } = desk
    const ticket = await newTicket(`Pictures ${run}`)
    await plantMessage(db, ticket.id, {
      kind: "message",
      author_type: "customer",
      body_text: "First words with a photo",
      body_html: `<p>First words with a photo</p><img src="${witness.origin}/pixel.gif?img" alt="photo"><div style="background:url(${witness.origin}/pixel.gif?bg)">bg</div>`,
    }, 0)
    await plantMessage(db, ticket.id, { kind: "message", author_type: "customer", body_text: "Second words, later" }, 60_000)
    const before = witness.hits.pixel

    await open(ticket.id)
    await page.locator("iframe[data-mail-frame]").waitFor()
    await page.waitForTimeout(1_500)
    expect(witness.hits.pixel).toBe(before)
    await page.getByRole("button", { name: "Show images", exact: true }).click()
    for (let i = 0; i < 50 && witness.hits.pixel === before; i++) await page.waitForTimeout(200)
    expect(witness.hits.pixel).toBeGreaterThan(before)
    await page.frameLocator("iframe[data-mail-frame]").locator('img[alt="photo"]').waitFor()
    await screenshot(page, "ticket-history-images.png")

    const firstMessage = () => page.locator('[data-timeline-entry="message"]').first().innerText()
    expect(await firstMessage()).toContain("First words")
    await page.getByRole("button", { name: "Newest first" }).click()
    await page.locator('[data-history-order="desc"]').waitFor()
    expect(await firstMessage()).toContain("Second words")
    await page.reload()
    await page.locator('[data-history-order="desc"]').waitFor({ timeout: 120_000 })
    await page.locator('[data-timeline-entry="message"]').first().waitFor()
    expect(await firstMessage()).toContain("Second words")
    expect((await desk.api("/admin/helpdesk/me/preferences")).preferences.history_order).toBe("desc")
    await page.getByRole("button", { name: "Oldest first" }).click()
    await page.locator('[data-history-order="asc"]').waitFor()
  })

  it("resends a failed mail from its message, and r/n/j/k work on the page", async () => {
    const { page } = desk
    const ticket = await newTicket(`Bounced reply ${run}`)
    const next = await newTicket(`Next in list ${run}`)
    const messageId = await plantMessage(db, ticket.id, {
      kind: "message",
      author_type: "agent",
      author_name: "Agent Smith",
      body_text: "Your parcel is on its way.",
      delivery_status: "failed",
      delivery_error: "550 5.1.1 planted: mailbox unavailable",
    }, 0)
    await db.query(
      `insert into helpdesk_outbound_mail (id, kind, ticket_id, ticket_message_id, from_address, "to", subject, body_text, message_id, status, attempts, next_attempt_at, last_error)
       values ($1, 'reply', $2, $3, 'support@example.com', $4, 'Re: Bounced reply', 'Your parcel is on its way.', $5, 'failed', 5, now(), '550 5.1.1 planted: mailbox unavailable')`,
      [`obm_e2e_${randomUUID().replace(/-/g, "")}`, ticket.id, messageId, [`history-${run}@example.org`], `${randomUUID()}@e2e.example`]
    )

    await open(ticket.id)
    const entry = page.locator('[data-timeline-entry="message"]', { hasText: "Your parcel is on its way." })
    await entry.locator('[data-delivery-status="failed"]').waitFor()
    expect(await entry.innerText()).toContain("550 5.1.1 planted")
    await entry.getByRole("button", { name: "Resend" }).click()
    await page.getByText("The mail is queued again").waitFor()
    await page.locator('[data-timeline-entry="event"]', { hasText: "Mail sent again" }).waitFor()
    await page.waitForFunction(() => !document.body.innerText.includes("550 5.1.1 planted"))
    await screenshot(page, "ticket-history-resend.png")

    // r and n ask the composer for its editor; j/k walk the list the agent came from.
    await page.evaluate(() => {
      ;(window as any).__compose = []
      window.addEventListener("helpdesk:compose", (e) => (window as any).__compose.push((e as CustomEvent).detail))
    })
    // Each key opens its editor (the composer focuses it); keys typed there are text, so leave it.
    const focused = (label: string) =>
      page.waitForFunction((l) => !!document.activeElement?.closest(`[aria-label="${l}"]`), label)
    for (const [key, label] of [["r", "Message"], ["n", "Note"]] as const) {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      await page.keyboard.press(key)
      await focused(label)
    }
    expect(await page.evaluate(() => (window as any).__compose)).toEqual(["reply", "note"])
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.evaluate(([a, b]) => sessionStorage.setItem("helpdesk:list-ids", JSON.stringify([a, b])), [ticket.id, next.id])
    await page.keyboard.press("j")
    await page.waitForURL(new RegExp(`/app/helpdesk/${next.id}$`))
    await page.getByRole("heading", { name: `Next in list ${run}` }).waitFor()
    await page.keyboard.press("k")
    await page.waitForURL(new RegExp(`/app/helpdesk/${ticket.id}$`))
  })
})
