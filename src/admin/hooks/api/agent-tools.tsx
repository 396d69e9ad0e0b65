import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import { AdminTicket } from "../../lib/types"
import { ticketQueryKeys } from "./tickets"

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

/** The mailbox a reply goes out from and its signature, filled in for the ticket and the agent. */
export interface AdminReplySignature {
  mailbox: { id: string; name: string; address: string; reply_mode: "full" | "link" } | null
  signature: string | null
}

/** What the composer sends: to `reply`, `notes` or `forward`, with files as multipart. */
export interface ComposerSend {
  path: "reply" | "notes" | "forward"
  body: Record<string, unknown>
  files: File[]
}

export const agentToolKeys = {
  canned: ["helpdesk", "canned-replies"] as const,
  signature: (ticketId: string) => ["helpdesk", "reply-signature", ticketId] as const,
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

export const useReplySignature = (ticketId: string) =>
  useQuery({
    queryKey: agentToolKeys.signature(ticketId),
    queryFn: () => sdk.client.fetch<AdminReplySignature>(`/admin/helpdesk/tickets/${ticketId}/signature`),
    staleTime: 60_000,
  })

/**
 * Sends a reply, note or forward. With files it is multipart/form-data: the
 * JSON body in `payload` and the files beside it (the browser sets the boundary).
 */
export const useSendComposer = (ticketId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ path, body, files }: ComposerSend) => {
      const url = `/admin/helpdesk/tickets/${ticketId}/${path}`
      if (!files.length) {
        return sdk.client.fetch<{ ticket: AdminTicket }>(url, { method: "POST", body })
      }
      const form = new FormData()
      form.append("payload", JSON.stringify(body))
      files.forEach((file) => form.append("files", file, file.name))
      return sdk.client.fetch<{ ticket: AdminTicket }>(url, { method: "POST", body: form, headers: { "content-type": null } })
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ticketQueryKeys.all }),
  })
}

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
