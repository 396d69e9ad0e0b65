import { FieldProblem } from "../forms/submission-schema"
import { FormLanguage } from "../forms/definition"
import { FORM_TEXTS } from "./form-texts"
import { escapeHtml as e, PUBLIC_PAGE_HEADERS } from "./public-page"

/** A field as the public schema gives it (labels already in the form's language). */
export interface PageField {
  key: string
  type: string
  label: string
  required: boolean
  options?: { value: string; label: string }[]
  /** What to enter, shown under the label. */
  help?: string
}

export interface PageForm {
  id: string
  title: string
  description: string | null
  language: FormLanguage
  button_text: string | null
  colors: { accent?: string; background?: string; text?: string }
  fields: PageField[]
  departments: { id: string; name: string }[] | null
}

export interface PageState {
  /** Where the form posts (the hosted page's own submissions route). */
  action: string
  start_token: string | null
  idempotency_key: string
  honeypot_field: string
  altcha_challenge_url: string | null
  values?: Record<string, unknown>
  problems?: FieldProblem[]
  /** A refusal of the whole submission, already in the visitor's words. */
  alert?: string | null
}

/**
 * The hosted page's headers: scripts only from this server (the form's small
 * script and the ALTCHA widget, which solves in workers), framed only by the
 * form's allowed origins.
 */
export function formPageHeaders(frameAncestors: string[]): Record<string, string> {
  const ancestors = frameAncestors.length ? frameAncestors.join(" ") : "'none'"
  return {
    ...PUBLIC_PAGE_HEADERS,
    "Content-Security-Policy": [
      "default-src 'none'",
      "script-src 'self'",
      "worker-src 'self' blob:",
      "connect-src 'self'",
      "img-src 'self' data:",
      "style-src 'self' 'unsafe-inline'",
      `frame-ancestors ${ancestors}`,
      "base-uri 'none'",
      "form-action 'self'",
    ].join("; "),
  }
}

/** The form itself: the same markup on the hosted page and in the JS embed. */
export function renderFormFragment(form: PageForm, state: PageState): string {
  const t = FORM_TEXTS[form.language]
  const problemOf = new Map((state.problems ?? []).map((p) => [p.field, p]))
  const value = (key: string) => state.values?.[key]
  const fields = form.fields.map((field) => renderField(field, value(field.key), problemOf.get(field.key)?.code, form.language))
  if (form.departments?.length) {
    const chosen = String(value("department_id") ?? "")
    fields.push(
      `<div class="hd-field"><label for="hd-department_id">${e(t.department)}</label>` +
        `<select id="hd-department_id" name="department_id"><option value="">${e(t.choose)}</option>` +
        form.departments.map((d) => `<option value="${e(d.id)}"${d.id === chosen ? " selected" : ""}>${e(d.name)}</option>`).join("") +
        "</select></div>"
    )
  }
  const alert = state.alert ?? (state.problems?.length ? t.fixFields : null)
  const multipart = form.fields.some((f) => f.type === "file")
  return [
    `<form class="hd-form" method="post" action="${e(state.action)}" data-helpdesk-form="${e(form.id)}" novalidate${multipart ? ' enctype="multipart/form-data"' : ""}>`,
    `<div class="hd-alert" role="alert" tabindex="-1"${alert ? "" : " hidden"}>${alert ? e(alert) : ""}</div>`,
    ...fields,
    // Hidden from people (off-screen, out of tab order), filled by bots that fill everything.
    `<div class="hd-hp" aria-hidden="true"><label for="hd-${e(state.honeypot_field)}">${e(t.honeypotLabel)}</label>` +
      `<input id="hd-${e(state.honeypot_field)}" name="${e(state.honeypot_field)}" type="text" tabindex="-1" autocomplete="off"></div>`,
    state.start_token ? `<input type="hidden" name="start_token" value="${e(state.start_token)}">` : "",
    `<input type="hidden" name="idempotency_key" value="${e(state.idempotency_key)}">`,
    state.altcha_challenge_url
      ? `<altcha-widget challenge="${e(state.altcha_challenge_url)}" name="altcha" language="${form.language}"></altcha-widget>`
      : "",
    `<button type="submit">${e(form.button_text || t.send)}</button>`,
    "</form>",
  ].join("\n")
}

function renderField(field: PageField, value: unknown, problem: string | undefined, language: FormLanguage): string {
  const t = FORM_TEXTS[language]
  const id = `hd-${field.key}`
  const errorId = `${id}-error`
  const helpId = field.help ? `${id}-help` : null
  const describedBy = [helpId, problem ? errorId : null].filter(Boolean).join(" ")
  const attrs = [
    `id="${id}"`,
    `name="${e(field.key)}"`,
    field.required ? "required aria-required=\"true\"" : "",
    problem ? `aria-invalid="true"` : "",
    describedBy ? `aria-describedby="${describedBy}"` : "",
    // The page's script puts the help back beside an error it shows.
    helpId ? `data-hd-help="${helpId}"` : "",
  ].filter(Boolean).join(" ")
  const text = value === undefined || value === null ? "" : String(value)
  const label = `<label for="${id}">${e(field.label)}${field.required ? ` <span class="hd-req" aria-hidden="true">*</span><span class="hd-sr"> (${t.required})</span>` : ""}</label>`
  const help = helpId ? `<p class="hd-help" id="${helpId}">${e(field.help!)}</p>` : ""
  const error = `<p class="hd-error" id="${errorId}"${problem ? "" : " hidden"}>${problem ? e(t.problems[problem as keyof typeof t.problems] ?? t.problems.invalid) : ""}</p>`
  let control: string
  switch (field.type) {
    case "textarea":
      control = `<textarea ${attrs} rows="6">${e(text)}</textarea>`
      break
    case "select":
      control =
        `<select ${attrs}><option value="">${e(t.choose)}</option>` +
        (field.options ?? []).map((o) => `<option value="${e(o.value)}"${o.value === text ? " selected" : ""}>${e(o.label)}</option>`).join("") +
        "</select>"
      break
    case "checkbox":
      return `<div class="hd-field hd-check"><input type="checkbox" value="on" ${attrs}${value === true || value === "on" ? " checked" : ""}>${label}${help}${error}</div>`
    case "file":
      control = `<input type="file" ${attrs} multiple>`
      break
    default: {
      const type = field.type === "email" ? "email" : field.type === "number" ? "number" : field.type === "date" ? "date" : "text"
      const autocomplete = field.key === "email" ? ' autocomplete="email"' : field.key === "name" ? ' autocomplete="name"' : ""
      control = `<input type="${type}" ${attrs} value="${e(text)}"${autocomplete}${type === "number" ? ' step="any"' : ""}>`
    }
  }
  return `<div class="hd-field">${label}${help}${control}${error}</div>`
}

/** Styles of the form, scoped under .hd-form so an embedding page keeps its own. */
export function formStyles(colors: PageForm["colors"]): string {
  const accent = colors.accent ?? "#1d4ed8"
  const background = colors.background ?? "#ffffff"
  const text = colors.text ?? "#18181b"
  return [
    `.hd-form{font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:${text};background:${background};max-width:40rem}`,
    ".hd-form *{box-sizing:border-box}",
    ".hd-form .hd-field{margin:0 0 1rem}",
    ".hd-form label{display:block;font-weight:600;margin:0 0 .25rem}",
    ".hd-form .hd-check{display:flex;gap:.5rem;align-items:flex-start;flex-wrap:wrap}.hd-form .hd-check label{font-weight:400;flex:1}",
    ".hd-form input:not([type=checkbox]),.hd-form textarea,.hd-form select{width:100%;font:inherit;padding:.5rem;border:1px solid #a1a1aa;border-radius:6px;background:#fff;color:#18181b}",
    `.hd-form :focus{outline:3px solid ${accent};outline-offset:2px}`,
    `.hd-form button{font:inherit;font-weight:600;padding:.6rem 1.25rem;border:0;border-radius:6px;background:${accent};color:#fff;cursor:pointer}`,
    ".hd-form button[disabled]{opacity:.6;cursor:wait}",
    ".hd-form [aria-invalid=true]{border-color:#b91c1c}",
    ".hd-form .hd-error{color:#b91c1c;margin:.25rem 0 0;font-size:.875rem}",
    ".hd-form .hd-help{margin:0 0 .35rem;font-size:.875rem;opacity:.8}.hd-form .hd-check .hd-help{flex-basis:100%;margin:0}",
    ".hd-form .hd-alert{padding:.75rem;border-radius:8px;background:#fef2f2;color:#991b1b;border:1px solid #fecaca;margin:0 0 1rem}",
    ".hd-form .hd-req{color:#b91c1c}",
    ".hd-sr,.hd-form .hd-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
    ".hd-hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}",
    ".hd-done{padding:1rem;border-radius:8px;background:#f0fdf4;color:#166534;border:1px solid #bbf7d0}",
    "altcha-widget{display:block;margin:0 0 1rem}",
  ].join("\n")
}

/** The hosted page around the form: self-contained, its script and the widget from this server. */
export function renderFormPage(form: PageForm, state: PageState, options: { site: string; embedded: boolean }): string {
  return [
    "<!doctype html>",
    `<html lang="${form.language}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(form.title)} · ${e(options.site)}</title>`,
    `<style>body{margin:0;background:${form.colors.background ?? (options.embedded ? "transparent" : "#f4f4f5")}}main{max-width:42rem;margin:${options.embedded ? "0" : "2rem auto"};padding:1.5rem;background:${form.colors.background ?? "#fff"};border-radius:12px}@media (max-width:40rem){main{margin:0;border-radius:0;padding:1rem}}h1{font:600 1.375rem/1.3 system-ui,sans-serif;margin:0 0 .5rem}.hd-intro{font:16px/1.5 system-ui,sans-serif;margin:0 0 1rem}${formStyles(form.colors)}</style>`,
    state.altcha_challenge_url ? '<script defer src="/helpdesk/assets/altcha.js"></script>' : "",
    '<script defer src="/helpdesk/assets/form.js"></script>',
    "</head>",
    `<body><main><h1>${e(form.title)}</h1>`,
    form.description ? `<p class="hd-intro">${e(form.description)}</p>` : "",
    renderFormFragment(form, state),
    "</main></body></html>",
  ].join("\n")
}

/** What the visitor sees after sending, on the hosted page. */
export function renderSentPage(form: Pick<PageForm, "title" | "language" | "colors">, message: string, site: string): string {
  return [
    "<!doctype html>",
    `<html lang="${form.language}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(form.title)} · ${e(site)}</title>`,
    `<style>body{margin:0;font:16px/1.5 system-ui,sans-serif;background:#f4f4f5}main{max-width:42rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:12px}${formStyles(form.colors)}</style>`,
    "</head>",
    `<body><main><h1>${e(form.title)}</h1><p class="hd-done" role="status">${e(message)}</p></main></body></html>`,
  ].join("\n")
}
