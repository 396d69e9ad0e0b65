import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import {
  AdminCreateTicketBody,
  AdminTicket,
  AdminTicketContext,
  AdminTicketContextQuery,
  AdminTicketListResponse,
} from "../../lib/types"

/**
 * What GET /admin/helpdesk/tickets filters by (its validator says the same):
 * also what a saved view stores, without the paging.
 */
export interface TicketListFilters {
  q?: string
  status?: string | string[]
  channel?: string | string[]
  department_id?: string | string[]
  customer_id?: string | string[]
  order_id?: string | string[]
  /** Agent ids, or "me" and "unassigned". */
  assignee_id?: string | string[]
  /** Assigned to me, or to one of my departments with no agent yet. */
  mine?: boolean
  unlinked?: boolean
  unread?: boolean
  /** An agent id or "me": tickets this agent acted on. */
  acted_by?: string
  created_after?: string
  created_before?: string
  updated_after?: string
  updated_before?: string
  custom_fields?: Record<string, string>
  contact_email?: string
  order?: "created_at" | "-created_at" | "updated_at" | "-updated_at"
}

export interface TicketListQuery extends TicketListFilters {
  limit?: number
  offset?: number
  /** A previous page's `next_cursor`: keyset paging, as fast at any depth. */
  cursor?: string
}

export interface TicketListResponse extends Omit<AdminTicketListResponse, "offset"> {
  offset: number | null
  /** The count stops at a cap on big lists; then it is "more than". */
  count_is_estimate?: boolean
  next_cursor: string | null
}

export const ticketQueryKeys = {
  all: ["helpdesk", "tickets"] as const,
  list: (query: TicketListQuery) => [...ticketQueryKeys.all, "list", query] as const,
  count: (filters: TicketListFilters) => [...ticketQueryKeys.all, "count", filters] as const,
  detail: (id: string) => [...ticketQueryKeys.all, "detail", id] as const,
  context: (id: string, query: AdminTicketContextQuery = {}) =>
    [...ticketQueryKeys.detail(id), "context", query] as const,
}

export const useTickets = (query: TicketListQuery) =>
  useQuery({
    queryKey: ticketQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<TicketListResponse>("/admin/helpdesk/tickets", { query }),
    placeholderData: keepPreviousData,
    // The list is a work queue: new tickets should show up without a reload.
    refetchInterval: 60_000,
  })

/**
 * How many tickets each filter set finds (for the views beside the list):
 * one row each, since the list's count stops at a cap instead of counting all.
 */
export const useTicketCounts = (filterSets: TicketListFilters[]) =>
  useQueries({
    queries: filterSets.map((filters) => ({
      queryKey: ticketQueryKeys.count(filters),
      queryFn: () =>
        sdk.client.fetch<TicketListResponse>("/admin/helpdesk/tickets", {
          query: { ...filters, limit: 1 },
        }),
      select: (data: TicketListResponse) => ({ count: data.count, estimate: !!data.count_is_estimate }),
      refetchInterval: 60_000,
      staleTime: 30_000,
    })),
  })

export const useTicket = (id: string) =>
  useQuery({
    queryKey: ticketQueryKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<{ ticket: AdminTicket }>(`/admin/helpdesk/tickets/${id}`),
  })

/** The panel beside a ticket: customer, notes, other tickets and a page of orders. */
export const useTicketContext = (id: string, query: AdminTicketContextQuery = {}) =>
  useQuery({
    queryKey: ticketQueryKeys.context(id, query),
    queryFn: () =>
      sdk.client.fetch<AdminTicketContext>(`/admin/helpdesk/tickets/${id}/context`, { query }),
    placeholderData: keepPreviousData,
  })

export const useCreateTicket = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AdminCreateTicketBody) =>
      sdk.client.fetch<{ ticket: AdminTicket }>("/admin/helpdesk/tickets", {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ticketQueryKeys.all }),
  })
}

/**
 * Runs an action on a ticket (`reply`, `close`, `claim`…; "" for the ticket
 * itself) and refreshes it and the list.
 */
export const useTicketAction = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ path, body, method = "POST" }: { path: string; body?: unknown; method?: "POST" | "DELETE" }) =>
      sdk.client.fetch<{ ticket?: AdminTicket }>(`/admin/helpdesk/tickets/${id}${path ? `/${path}` : ""}`, {
        method,
        body: method === "POST" ? body ?? {} : undefined,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ticketQueryKeys.all }),
  })
}
