import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { sdk } from "../../lib/sdk"
import { AdminTicket } from "../../lib/types"
import { ticketQueryKeys } from "./tickets"

/** A ticket as the ticket page has it, with the pointer a merge leaves behind. */
export type AdminDialogTicket = AdminTicket & { merged_into_id?: string | null }

export interface AdminForwardTicketBody {
  to: string
  body_text: string
  /** Attachments of this ticket's messages to send along. */
  attachment_ids?: string[]
}

export interface AdminAssignTicketBody {
  assignee_id?: string | null
  department_id?: string | null
  comment?: string
}

/** POST /admin/helpdesk/tickets/:id: `null` unlinks the order or customer. */
export interface AdminUpdateTicketBody {
  subject?: string
  order_id?: string | null
  customer_id?: string | null
}

export interface AdminSplitTicketResponse {
  ticket: AdminTicket
  split_ticket: AdminTicket
}

/** A row of Medusa's own customer list, as the "link customer" dialog shows it. */
export interface AdminCustomerChoice {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  has_account: boolean
}

/** What the merge dialog searches by: words or a number, else the same sender's tickets. */
export interface AdminMergeTargetsQuery {
  q?: string
  contact_email?: string
}

export const ticketDialogKeys = {
  // Under the tickets key, so any ticket change refreshes the candidates too.
  mergeTargets: (query: AdminMergeTargetsQuery) => [...ticketQueryKeys.all, "merge-targets", query] as const,
  customers: (q: string) => ["helpdesk", "customer-choices", q] as const,
}

const CUSTOMER_FIELDS = "id,email,first_name,last_name,has_account"

export const useMergeTargets = (query: AdminMergeTargetsQuery, enabled: boolean) =>
  useQuery({
    queryKey: ticketDialogKeys.mergeTargets(query),
    queryFn: () =>
      sdk.client.fetch<{ tickets: AdminTicket[] }>("/admin/helpdesk/tickets", {
        query: { ...query, limit: 10, order: "-updated_at" },
      }),
    enabled,
    placeholderData: keepPreviousData,
  })

/** Medusa's customers matching `q` (name, email, company), ten at most. */
export const useCustomerChoices = (q: string, enabled: boolean) =>
  useQuery({
    queryKey: ticketDialogKeys.customers(q),
    queryFn: () =>
      sdk.client.fetch<{ customers: AdminCustomerChoice[] }>("/admin/customers", {
        query: { q, limit: 10, fields: CUSTOMER_FIELDS },
      }),
    enabled: enabled && q.length > 0,
    placeholderData: keepPreviousData,
  })

/** POSTs to an action of the ticket and refreshes every ticket query (page, panel, list). */
const useTicketPost = <Body, Result = { ticket: AdminTicket }>(id: string, path: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Body) =>
      sdk.client.fetch<Result>(`/admin/helpdesk/tickets/${id}${path ? `/${path}` : ""}`, {
        method: "POST",
        body: body ?? {},
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ticketQueryKeys.all }),
  })
}

export const useForwardTicket = (id: string) => useTicketPost<AdminForwardTicketBody>(id, "forward")
export const useAssignTicket = (id: string) => useTicketPost<AdminAssignTicketBody>(id, "assign")
export const useUpdateTicket = (id: string) => useTicketPost<AdminUpdateTicketBody>(id, "")
export const useSplitTicket = (id: string) =>
  useTicketPost<{ message_id: string }, AdminSplitTicketResponse>(id, "split")
/** Answers the ticket it was merged into. */
export const useMergeTicket = (id: string) => useTicketPost<{ into_ticket_id: string }>(id, "merge")
export const useClaimTicket = (id: string) => useTicketPost<{ take_over?: boolean }>(id, "claim")

/** The value once typing has paused, so a search asks the server once per pause, not per key. */
export const useDebouncedValue = <T,>(value: T, delay = 300) => {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay)
    return () => clearTimeout(timer)
  }, [value, delay])
  return settled
}

/** What every dialog of the ticket page's action bar gets. */
export interface TicketDialogProps {
  ticket: AdminDialogTicket
  open: boolean
  onClose: () => void
}
