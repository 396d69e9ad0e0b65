import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

export interface AdminCannedReply {
  id: string
  title: string
  body: string
  department_id: string | null
}

export interface AdminCustomerNote {
  id: string
  customer_id: string
  author_id: string | null
  body: string
  created_at: string
}

export interface AdminSavedView {
  id: string
  name: string
  owner_id: string
  visibility: "personal" | "everyone" | "agents"
  filters: Record<string, unknown>
}

export const agentToolKeys = {
  canned: ["helpdesk", "canned-replies"] as const,
  notes: (customerId: string) => ["helpdesk", "customer-notes", customerId] as const,
  views: ["helpdesk", "views"] as const,
}

export const useCannedReplies = () =>
  useQuery({
    queryKey: agentToolKeys.canned,
    queryFn: () => sdk.client.fetch<{ canned_replies: AdminCannedReply[] }>("/admin/helpdesk/canned-replies"),
  })

export const useRenderCannedReply = () =>
  useMutation({
    mutationFn: ({ id, ticket_id }: { id: string; ticket_id: string }) =>
      sdk.client.fetch<{ body: string }>(`/admin/helpdesk/canned-replies/${id}/render`, {
        method: "POST",
        body: { ticket_id },
      }),
  })

export const useCustomerNotes = (customerId: string | null) =>
  useQuery({
    queryKey: agentToolKeys.notes(customerId ?? ""),
    queryFn: () =>
      sdk.client.fetch<{ notes: AdminCustomerNote[] }>(`/admin/helpdesk/customers/${customerId}/notes`),
    enabled: !!customerId,
  })

export const useAddCustomerNote = (customerId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: string) =>
      sdk.client.fetch(`/admin/helpdesk/customers/${customerId}/notes`, { method: "POST", body: { body } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agentToolKeys.notes(customerId) }),
  })
}

export const useSavedViews = () =>
  useQuery({
    queryKey: agentToolKeys.views,
    queryFn: () => sdk.client.fetch<{ views: AdminSavedView[] }>("/admin/helpdesk/views"),
  })

export const useSaveView = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { name: string; filters: Record<string, unknown>; visibility?: string }) =>
      sdk.client.fetch<{ view: AdminSavedView }>("/admin/helpdesk/views", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agentToolKeys.views }),
  })
}
