import { MedusaRequest } from "@medusajs/framework/http"
import { HELPDESK_MODULE, HelpdeskModuleService, normalizeEmail } from "../../../modules/helpdesk"
import { verifyGuestLink } from "../../../workflows"
import { HelpdeskGuestParams, HelpdeskGuestTicketParams } from "./validators"

/** Whoever holds a current guest link: the address it was made for. */
export interface Guest {
  token: string
  email: string
  /** The contact's language, when the helpdesk knows it. */
  language: string | null
}

export interface GuestTicket {
  id: string
  number: string
  subject: string
  status: string
  channel: string
  customer_id: string | null
  contact_name: string | null
  language: string | null
  order_id: string | null
  archived_at: Date | null
  customer_read_at: Date | null
  created_at: Date
  updated_at: Date
  last_message_at: Date | null
}

export const GUEST_TICKET_FIELDS: (keyof GuestTicket)[] = [
  "id", "number", "subject", "status", "channel", "customer_id", "contact_name", "language",
  "order_id", "archived_at", "customer_read_at", "created_at", "updated_at", "last_message_at",
]

// The middleware checks the link before any file is stored and the route
// needs the same answer: one lookup per request.
const guests = new WeakMap<MedusaRequest, Promise<Guest | null>>()
const tickets = new WeakMap<MedusaRequest, Promise<{ guest: Guest; ticket: GuestTicket } | null>>()

function once<T>(cache: WeakMap<MedusaRequest, Promise<T>>, req: MedusaRequest, load: () => Promise<T>): Promise<T> {
  const known = cache.get(req)
  if (known) return known
  const loading = load()
  cache.set(req, loading)
  return loading
}

/** The guest of a genuine, current link; null for anything else, revoked links included. */
export function findGuest(req: MedusaRequest): Promise<Guest | null> {
  return once(guests, req, async () => {
    const params = HelpdeskGuestParams.safeParse(req.params)
    if (!params.success) return null
    const email = await verifyGuestLink(req.scope, params.data.token)
    if (!email) return null
    const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
    const [contact] = await helpdesk.listContacts({ email }, { select: ["language"] })
    return { token: params.data.token, email: normalizeEmail(email), language: contact?.language ?? null }
  })
}

/**
 * The guest and their request `:number`; null unless the request is the
 * link's address's, alive (not in the trash) and not merged away — so a
 * number never tells whether it exists for someone else.
 */
export function findGuestTicket(req: MedusaRequest): Promise<{ guest: Guest; ticket: GuestTicket } | null> {
  return once(tickets, req, async () => {
    const guest = await findGuest(req)
    const params = HelpdeskGuestTicketParams.safeParse(req.params)
    if (!guest || !params.success) return null
    const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
    const [ticket] = (await helpdesk.listTickets(
      { number: params.data.number, contact_email: guest.email, merged_into_id: null },
      { select: GUEST_TICKET_FIELDS, take: 1 }
    )) as unknown as GuestTicket[]
    if (!ticket || ticket.status === "deleted") return null
    return { guest, ticket }
  })
}
