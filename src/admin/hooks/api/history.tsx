import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import { AdminTicketMessage } from "../../lib/types"
import { ticketQueryKeys } from "./tickets"

export type HistoryOrder = "asc" | "desc"

export interface AdminAgentPreferences {
  history_order: HistoryOrder
}

export interface AdminTicketSource {
  mailbox: { id: string; name: string; address: string } | null
  form: { id: string; name: string } | null
  sales_channel: { id: string; name: string } | null
}

export type AdminMessageAttachment = NonNullable<AdminTicketMessage["attachments"]>[number] & {
  /** The Content-ID an HTML body refers to as `cid:…`. */
  content_id?: string | null
}

/** A message as the ticket page reads it: with the quoted text cut from a mail. */
export type HistoryMessage = Omit<AdminTicketMessage, "attachments"> & {
  quoted_text?: string | null
  attachments?: AdminMessageAttachment[]
}

export const historyQueryKeys = {
  preferences: ["helpdesk", "me", "preferences"] as const,
  source: (ticketId: string) => [...ticketQueryKeys.detail(ticketId), "source"] as const,
}

/** The signed-in agent's own preferences (history order), kept on the server. */
export const useAgentPreferences = () =>
  useQuery({
    queryKey: historyQueryKeys.preferences,
    queryFn: () => sdk.client.fetch<{ preferences: AdminAgentPreferences }>("/admin/helpdesk/me/preferences"),
    staleTime: 5 * 60_000,
  })

export const useUpdateAgentPreferences = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<AdminAgentPreferences>) =>
      sdk.client.fetch<{ preferences: AdminAgentPreferences }>("/admin/helpdesk/me/preferences", { method: "POST", body }),
    onSuccess: (data) => queryClient.setQueryData(historyQueryKeys.preferences, data),
  })
}

/** The mailbox or form a ticket came from, and its sales channel. */
export const useTicketSource = (ticketId: string) =>
  useQuery({
    queryKey: historyQueryKeys.source(ticketId),
    queryFn: () => sdk.client.fetch<{ source: AdminTicketSource }>(`/admin/helpdesk/tickets/${ticketId}/source`),
    staleTime: 5 * 60_000,
  })
