// Typed helpers for a storefront: "My requests" over `@medusajs/js-sdk`.
// Import from "medusa-helpdesk/store"; nothing here touches the server, so a
// storefront bundle takes it as it is.

/** What customers see instead of the internal status (SPEC §4). */
export type StoreTicketStatus = "new_reply" | "awaiting_support" | "awaiting_confirmation" | "answered" | "cancelled" | "archived"

export interface StoreTicketAttachment {
  id: string
  filename: string
  content_type: string
  size: number
}

export interface StoreTicketMessage {
  id: string
  author: "customer" | "support"
  /** For support, the agent's first name at most. */
  author_name: string | null
  body_text: string
  /** Sanitised. */
  body_html: string | null
  created_at: string
  attachments: StoreTicketAttachment[]
}

export interface StoreTicket {
  id: string
  number: string
  subject: string
  status: StoreTicketStatus
  order_id: string | null
  /** Support wrote since the customer last read the request. */
  unread: boolean
  archived: boolean
  created_at: string
  updated_at: string
}

export interface StoreTicketWithMessages extends StoreTicket {
  messages: StoreTicketMessage[]
}

export interface StoreTicketList {
  tickets: StoreTicket[]
  /** Pass as `cursor` for the next page; null on the last one. */
  next_cursor: string | null
  limit: number
}

export interface StoreCreateTicketBody {
  subject: string
  body_text: string
  /** One of the store's public departments. */
  department_id?: string
  /** One of the customer's own orders. */
  order_id?: string
}

/** A web form as a storefront renders it (labels already in the form's language). */
export interface StoreForm {
  id: string
  title: string
  description: string | null
  language: "en" | "ru"
  button_text: string | null
  colors: { accent?: string; background?: string; text?: string }
  fields: {
    key: string
    type: "text" | "textarea" | "select" | "checkbox" | "number" | "date" | "email" | "file"
    label: string
    required: boolean
    options?: { value: string; label: string }[]
    /** What to enter, to show under the label (and tie to the input with aria-describedby). */
    help?: string
  }[]
  /** Public departments to pick from, when the form lets the customer choose. */
  departments: { id: string; name: string }[] | null
  after_submit: { type: "message"; message: string | null } | { type: "redirect"; url: string }
}

export interface StoreFormSchema {
  form: StoreForm
  bot_check: {
    /** Send back as `start_token`; a submission sooner than `min_fill_seconds` after it is refused. */
    start_token: string | null
    min_fill_seconds: number
    /** Render it hidden from people and leave it empty. */
    honeypot_field: string
    /** Where the ALTCHA widget fetches its challenge (send its answer as `altcha`); null: not needed. */
    altcha_challenge_url: string | null
  }
}

export interface StoreFormSubmission {
  /** By field key; file fields come as files. */
  values: Record<string, string | number | boolean>
  start_token: string | null
  altcha?: string
  department_id?: string
  /** The same key on a retried submit answers with the first one's ticket. */
  idempotency_key?: string
}

export interface StoreFormSubmitted {
  ticket: { number: string }
  after_submit: { type: "message" } | { type: "redirect"; url: string }
  display: { message: string }
}

/** The part of a Medusa js-sdk instance these helpers use (`new Medusa({ baseUrl, publishableKey, auth })`). */
export interface MedusaSdkLike {
  client: {
    fetch<T>(path: string, init?: { method?: string; body?: unknown; query?: Record<string, unknown>; headers?: Record<string, string | null> }): Promise<T>
  }
}

type Files = Blob[] | FileList | undefined

const BASE = "/store/helpdesk"

/** Headers for every call, or a function that gives them (e.g. the Next.js starter's `getAuthHeaders`). */
export type HeadersSource = Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>)

/**
 * The helpdesk's store routes for a signed-in customer, through the
 * storefront's own js-sdk instance (its publishable key and session or
 * token). `headers` adds to each call, for storefronts that pass the
 * customer's token per request rather than keeping it in the sdk. Errors
 * are the sdk's `FetchError`s: `status` 400 names the bad field, 404 a
 * request that is not the customer's, 409 an action its status does not
 * allow, 413/415 a refused file.
 */
export function helpdeskStore(sdk: MedusaSdkLike, headers: HeadersSource = {}) {
  const call = async <T>(path: string, init: { method?: string; body?: unknown; query?: Record<string, unknown>; headers?: Record<string, string | null> } = {}) => {
    const extra = typeof headers === "function" ? await headers() : headers
    return sdk.client.fetch<T>(path, { ...init, headers: { ...extra, ...init.headers } })
  }
  const post = <T>(path: string, body: unknown = {}, files?: Files) => call<T>(path, withFiles(body, files))
  return {
    /** "My requests", latest activity first. */
    listTickets: (query: { view?: "active" | "archived" | "all"; limit?: number; cursor?: string } = {}) =>
      call<StoreTicketList>(`${BASE}/tickets`, { query }),
    retrieveTicket: (id: string) => call<{ ticket: StoreTicketWithMessages }>(`${BASE}/tickets/${id}`),
    createTicket: (body: StoreCreateTicketBody, files?: Files) => post<{ ticket: StoreTicketWithMessages }>(`${BASE}/tickets`, body, files),
    addMessage: (id: string, body: { body_text: string }, files?: Files) =>
      post<{ ticket: StoreTicketWithMessages }>(`${BASE}/tickets/${id}/messages`, body, files),
    markRead: (id: string) => post<{ ticket: StoreTicketWithMessages }>(`${BASE}/tickets/${id}/read`),
    cancel: (id: string) => post<{ ticket: StoreTicketWithMessages }>(`${BASE}/tickets/${id}/cancel`),
    reopen: (id: string) => post<{ ticket: StoreTicketWithMessages }>(`${BASE}/tickets/${id}/reopen`),
    archive: (id: string) => post<{ ticket: StoreTicketWithMessages }>(`${BASE}/tickets/${id}/archive`),
    unarchive: (id: string) => call<{ ticket: StoreTicketWithMessages }>(`${BASE}/tickets/${id}/archive`, { method: "DELETE" }),
    /** Proves the address a guest link (REQUEST_LIST_URL, `/helpdesk/requests/<token>`) was mailed to. */
    /** A web form's schema; no sign-in needed. */
    retrieveForm: (id: string) => call<StoreFormSchema>(`${BASE}/forms/${id}`),
    /** A fresh ALTCHA challenge for the widget (`challengejson`), for forms that ask for one. */
    formChallenge: (id: string) => call<Record<string, unknown>>(`${BASE}/forms/${id}/challenge`),
    /** 201 with the ticket number; 400 names each wrong field in `errors`, 429 says when to retry. */
    submitForm: (id: string, body: StoreFormSubmission, files?: Files) => post<StoreFormSubmitted>(`${BASE}/forms/${id}/submissions`, body, files),
    /** Mails a link to `email`; opened while signed in (see proveEmail), the address's requests join "My requests". 202. */
    sendEmailLink: (email: string) => post<{ email_link: { email: string; sent: true } }>(`${BASE}/email-links`, { email }),
    proveEmail: (token: string) => post<{ email_proof: { email: string; created: boolean } }>(`${BASE}/email-proofs`, { token }),
    /** The path of an attachment's download (under the store's backend URL; it needs the customer's session or token). */
    attachmentPath: (ticketId: string, attachmentId: string) => `${BASE}/tickets/${ticketId}/attachments/${attachmentId}`,
  }
}

/** A JSON body, or with files a multipart one: the body as JSON in `payload`, the files beside it. */
function withFiles(body: unknown, files: Files) {
  const list = files ? Array.from(files as ArrayLike<Blob>) : []
  if (!list.length) return { method: "POST", body }
  const form = new FormData()
  form.append("payload", JSON.stringify(body))
  for (const file of list) form.append("files", file, (file as File).name ?? "file")
  // Without its JSON content type, the sdk hands the form to fetch, which sets the multipart boundary.
  return { method: "POST", body: form, headers: { "content-type": null } }
}
