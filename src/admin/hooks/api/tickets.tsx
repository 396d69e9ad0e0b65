import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import {
  AdminCreateTicketBody,
  AdminTicket,
  AdminTicketContext,
  AdminTicketContextQuery,
  AdminTicketListResponse,
  AdminTicketsQuery,
} from "../../lib/types"

export const ticketQueryKeys = {
  all: ["helpdesk", "tickets"] as const,
  list: (query: AdminTicketsQuery) => [...ticketQueryKeys.all, "list", query] as const,
  detail: (id: string) => [...ticketQueryKeys.all, "detail", id] as const,
  context: (id: string, query: AdminTicketContextQuery = {}) =>
    [...ticketQueryKeys.detail(id), "context", query] as const,
}

export const useTickets = (query: AdminTicketsQuery) =>
  useQuery({
    queryKey: ticketQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminTicketListResponse>("/admin/helpdesk/tickets", { query }),
    placeholderData: keepPreviousData,
    // The list is a work queue: new tickets should show up without a reload.
    refetchInterval: 60_000,
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
