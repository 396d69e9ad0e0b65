import type { CustomerTicketStatus } from "../../modules/helpdesk/ticket-workflow/customer-status"
import { renderAnnouncement, renderGuestLayout, renderTime } from "./guest-layout"
import { GuestTexts } from "./guest-texts"
import { escapeHtml } from "./public-page"

export interface GuestListRow {
  number: string
  subject: string
  status: CustomerTicketStatus | null
  unread: boolean
  updated_at: Date | string
  /** Path of the request's page. */
  href: string
}

export interface GuestListPage {
  language: string
  site: string
  texts: GuestTexts
  rows: GuestListRow[]
  /** Path of the next page, when there are more requests. */
  moreHref: string | null
  error?: string | null
}

function renderRow(page: GuestListPage, row: GuestListRow): string {
  const e = escapeHtml
  const t = page.texts
  // Unread is exactly the "New reply" status: one badge says both.
  const status = row.unread ? `<span class="badge">${e(t.unread)}</span>` : e(row.status ? t.status[row.status] : "")
  const subject = `#${e(row.number)} ${e(row.subject)}`
  return [
    "<li>",
    `<a href="${e(row.href)}">${row.unread ? `<strong>${subject}</strong>` : subject}</a>`,
    `<div class="meta">${e(t.columns.status)}: ${status} · ${e(t.columns.updated)}: ${renderTime(page.language, row.updated_at)}</div>`,
    "</li>",
  ].join("")
}

/** The list of an address's requests, newest activity first. */
export function renderGuestListPage(page: GuestListPage): string {
  const e = escapeHtml
  const t = page.texts
  const list = page.rows.length
    ? `<ul class="requests">${page.rows.map((row) => renderRow(page, row)).join("")}</ul>`
    : `<p>${e(t.empty)}</p>`
  const more = page.moreHref ? `<p><a href="${e(page.moreHref)}" rel="next">${e(t.more)}</a></p>` : ""
  return renderGuestLayout({
    language: page.language,
    site: page.site,
    title: t.listHeading,
    body: `<h1>${e(t.listHeading)}</h1>${renderAnnouncement("alert", page.error)}<p class="meta">${e(t.listIntro)}</p>${list}${more}`,
  })
}
