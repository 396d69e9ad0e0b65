// The default statuses and action matrix (SPEC §3, seed 000). Seeded into
// helpdesk_ticket_status / helpdesk_ticket_action the first time they are
// needed; from then on the rows are what counts.

export const TicketStatuses = {
  NEW: "new",
  DISCUSSION: "discussion",
  CLOSED: "closed",
  REOPENED: "reopened",
  CANCELLED: "cancelled",
  DELETED: "deleted",
  PENDING_CONFIRMATION: "pending_confirmation",
} as const

export const TicketActions = {
  REPLY_AND_CLOSE: "reply_and_close",
  REPLY: "reply",
  FORWARD: "forward",
  ASSIGN: "assign",
  NOTE: "note",
  CLOSE: "close",
  REOPEN: "reopen",
  CANCEL: "cancel",
  DELETE: "delete",
  RESTORE: "restore",
  ACCEPT: "accept",
  /** The sender followed the confirmation link (anti-spam): as accept, done by the customer. */
  CONFIRM: "confirm",
  DELETE_PERMANENTLY: "delete_permanently",
  CUSTOMER_MESSAGE: "customer_message",
} as const

/** "Go back to the status the ticket had when it was deleted." */
export const PREVIOUS_STATUS = "$previous"

export interface TicketStatusDefinition {
  id: string
  label: string
  color: string
  is_open: boolean
  position: number
}

export interface TicketActionDefinition {
  id: string
  label: string
  actor_types: string[]
  transitions: Record<string, string | null>
  assigns_actor: boolean
  position: number
}

const S = TicketStatuses
const OPEN = [S.NEW, S.DISCUSSION, S.REOPENED]
const ALL = Object.values(S)

const to = (from: readonly string[], target: string | null) =>
  Object.fromEntries(from.map((status) => [status, target]))

export const DEFAULT_TICKET_STATUSES: TicketStatusDefinition[] = [
  { id: S.NEW, label: "New", color: "blue", is_open: true, position: 0 },
  { id: S.DISCUSSION, label: "Discussion", color: "purple", is_open: true, position: 1 },
  { id: S.REOPENED, label: "Reopened", color: "orange", is_open: true, position: 2 },
  { id: S.PENDING_CONFIRMATION, label: "Pending confirmation", color: "orange", is_open: false, position: 3 },
  { id: S.CLOSED, label: "Closed", color: "green", is_open: false, position: 4 },
  { id: S.CANCELLED, label: "Cancelled", color: "grey", is_open: false, position: 5 },
  { id: S.DELETED, label: "Deleted", color: "red", is_open: false, position: 6 },
]

const A = TicketActions
const action = (
  id: string,
  label: string,
  actor_types: string[],
  transitions: Record<string, string | null>,
  assigns_actor = false
) => ({ id, label, actor_types, transitions, assigns_actor })

export const DEFAULT_TICKET_ACTIONS: TicketActionDefinition[] = [
  action(A.REPLY_AND_CLOSE, "Reply and close", ["agent"], to(OPEN, S.CLOSED), true),
  action(A.REPLY, "Reply and keep open", ["agent"], to(OPEN, null), true),
  action(A.FORWARD, "Forward for discussion", ["agent"], to(OPEN, S.DISCUSSION), true),
  action(A.ASSIGN, "Assign", ["agent"], to(OPEN, null)),
  action(A.NOTE, "Comment", ["agent"], to(ALL.filter((s) => s !== S.DELETED), null)),
  action(A.CLOSE, "Close without reply", ["agent"], to(OPEN, S.CLOSED)),
  action(A.REOPEN, "Reopen", ["agent", "customer"], to([S.CLOSED, S.CANCELLED], S.REOPENED)),
  action(A.CANCEL, "Cancel", ["customer"], to([...OPEN, S.PENDING_CONFIRMATION], S.CANCELLED)),
  action(A.DELETE, "Delete", ["agent"], to(ALL.filter((s) => s !== S.DELETED), S.DELETED)),
  action(A.RESTORE, "Restore", ["agent"], to([S.DELETED], PREVIOUS_STATUS)),
  action(A.ACCEPT, "Accept", ["agent"], to([S.PENDING_CONFIRMATION], S.NEW)),
  action(A.CONFIRM, "Confirm address", ["customer"], to([S.PENDING_CONFIRMATION], S.NEW)),
  action(A.DELETE_PERMANENTLY, "Delete permanently", ["agent"], to([S.DELETED], null)),
  // A customer's new message is allowed everywhere; in the trash it stays there.
  action(A.CUSTOMER_MESSAGE, "Customer message", ["customer", "system"], {
    ...to(OPEN, null),
    [S.PENDING_CONFIRMATION]: null,
    [S.DELETED]: null,
    [S.CLOSED]: S.REOPENED,
    [S.CANCELLED]: S.REOPENED,
  }),
].map((a, position) => ({ ...a, position }))
