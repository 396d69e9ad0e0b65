import type { CustomerTicketStatus } from "../../modules/helpdesk/ticket-workflow/customer-status"
import { renderAnnouncement, renderGuestLayout, renderTime } from "./guest-layout"
import { GuestTexts, UploadLimitsView } from "./guest-texts"
import { escapeHtml } from "./public-page"

export interface GuestHistoryEntry {
  author: "customer" | "support"
  author_name: string | null
  body_text: string
  created_at: Date | string
  attachments: { filename: string; size: number; href: string }[]
}

export interface GuestTicketPage {
  language: string
  site: string
  texts: GuestTexts
  number: string
  subject: string
  status: CustomerTicketStatus | null
  listHref: string
  history: GuestHistoryEntry[]
  /** Where each form posts; null when the request's status does not allow it. */
  forms: { reply: string; reopen: string | null; cancel: string | null }
  uploads: UploadLimitsView
  notice?: string | null
  error?: string | null
  /** The reply as typed, kept when it was refused. */
  draft?: string
}

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`

function renderEntry(page: GuestTicketPage, entry: GuestHistoryEntry): string {
  const e = escapeHtml
  const t = page.texts
  const who = entry.author === "support" ? [t.support, entry.author_name].filter(Boolean).join(" · ") : t.you
  const files = entry.attachments.length
    ? `<p class="meta">${e(t.files)}:</p><ul>${entry.attachments
        .map((a) => `<li><a href="${e(a.href)}">${e(a.filename)}</a> <span class="meta">(${kb(a.size)})</span></li>`)
        .join("")}</ul>`
    : ""
  return [
    `<li class="${entry.author}">`,
    `<div class="meta"><strong>${e(who)}</strong> · ${renderTime(page.language, entry.created_at)}</div>`,
    // Plain text only: no stored HTML reaches the page, so nothing in a message can run or restyle it.
    `<p class="body">${e(entry.body_text)}</p>${files}`,
    "</li>",
  ].join("")
}

function renderReplyForm(page: GuestTicketPage): string {
  const e = escapeHtml
  const t = page.texts
  const { extensions } = page.uploads
  const accept = extensions === "*" ? "" : ` accept="${e(extensions.map((x) => `.${x}`).join(","))}"`
  const files = page.uploads.maxFiles
    ? `<label for="files">${e(t.filesLabel)}</label><input id="files" name="files" type="file" multiple${accept} aria-describedby="files-hint">` +
      `<p id="files-hint" class="meta">${e(t.filesHint(page.uploads))}</p>`
    : ""
  return [
    `<h2 id="reply-heading">${e(t.replyHeading)}</h2>`,
    `<form method="post" action="${e(page.forms.reply)}" enctype="multipart/form-data" aria-labelledby="reply-heading">`,
    `<label for="body_text">${e(t.replyLabel)}</label>`,
    `<textarea id="body_text" name="body_text" required maxlength="100000"${page.error && page.draft !== undefined ? ' aria-invalid="true"' : ""}>${e(page.draft ?? "")}</textarea>`,
    files,
    `<button type="submit">${e(t.send)}</button>`,
    "</form>",
  ].join("")
}

function renderAction(href: string | null, label: string, hint: string): string {
  if (!href) return ""
  const e = escapeHtml
  return `<form class="action" method="post" action="${e(href)}"><p class="meta">${e(hint)}</p><button type="submit" class="secondary">${e(label)}</button></form>`
}

/** One request's public history, with the reply form and the actions its status allows. */
export function renderGuestTicketPage(page: GuestTicketPage): string {
  const e = escapeHtml
  const t = page.texts
  const heading = t.requestHeading(page.number)
  return renderGuestLayout({
    language: page.language,
    site: page.site,
    title: heading,
    body: [
      `<p><a href="${e(page.listHref)}">${e(t.backToList)}</a></p>`,
      `<h1>${e(heading)}: ${e(page.subject)}</h1>`,
      `<p class="meta">${e(t.columns.status)}: ${e(page.status ? t.status[page.status] : "")}</p>`,
      renderAnnouncement("alert", page.error),
      renderAnnouncement("status", page.notice),
      `<ol class="history">${page.history.map((entry) => renderEntry(page, entry)).join("")}</ol>`,
      renderReplyForm(page),
      renderAction(page.forms.reopen, t.reopen, t.reopenHint),
      renderAction(page.forms.cancel, t.cancel, t.cancelHint),
    ].join(""),
  })
}
