import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import { ticketQueryKeys } from "./tickets"

export type BulkAction = "assign" | "close" | "delete" | "restore"

export interface BulkActionBody {
  action: BulkAction
  ticket_ids: string[]
  assignee_id?: string | null
  department_id?: string | null
}

export interface BulkActionResponse {
  action: BulkAction
  done: number
  refused: number
  results: ({ ticket_id: string; ok: true } | { ticket_id: string; ok: false; status: number; message: string })[]
}

export interface RefreshResponse {
  imported: number
  mailboxes: { mailbox_id: string; name: string; busy: boolean; imported: number; error: string | null }[]
}

const invalidateTickets = (queryClient: ReturnType<typeof useQueryClient>) => queryClient.invalidateQueries({ queryKey: ticketQueryKeys.all })

export const useBulkTicketAction = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: BulkActionBody) =>
      sdk.client.fetch<BulkActionResponse>("/admin/helpdesk/bulk-actions", { method: "POST", body }),
    onSettled: () => invalidateTickets(queryClient),
  })
}

/** "Refresh now": collect every mailbox at once, then reload the list. */
export const useRefreshNow = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => sdk.client.fetch<RefreshResponse>("/admin/helpdesk/collect", { method: "POST" }),
    onSettled: () => invalidateTickets(queryClient),
  })
}
