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
