import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import type { TicketListFilters } from "./tickets"

export type SavedViewVisibility = "personal" | "everyone" | "agents"

/** A named set of list filters: personal, shared with everyone, or with chosen agents. */
export interface SavedView {
  id: string
  name: string
  owner_id: string
  visibility: SavedViewVisibility
  shared_with: string[]
  filters: TicketListFilters
  position: number
  created_at: string
}

export interface SavedViewBody {
  name?: string
  filters?: TicketListFilters
  visibility?: SavedViewVisibility
  shared_with?: string[]
  position?: number
}

// The same key as agent-tools' useSavedViews, so both refresh together.
export const savedViewQueryKeys = {
  all: ["helpdesk", "views"] as const,
}

/** The views this agent may use, in the order they were arranged. */
export const useViews = () =>
  useQuery({
    queryKey: savedViewQueryKeys.all,
    queryFn: () => sdk.client.fetch<{ views: SavedView[]; count: number }>("/admin/helpdesk/views"),
  })

export const useCreateView = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: SavedViewBody & { name: string; filters: TicketListFilters }) =>
      sdk.client.fetch<{ view: SavedView }>("/admin/helpdesk/views", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedViewQueryKeys.all }),
  })
}

export const useUpdateView = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: SavedViewBody & { id: string }) =>
      sdk.client.fetch<{ view: SavedView }>(`/admin/helpdesk/views/${id}`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedViewQueryKeys.all }),
  })
}

export const useDeleteView = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ id: string; deleted: boolean }>(`/admin/helpdesk/views/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedViewQueryKeys.all }),
  })
}

/**
 * Moves a view one place up or down: every view gets its index as position,
 * with the two swapped, so equal positions saved earlier end up ordered too.
 * Only views the agent may change are written.
 */
export const useMoveView = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ views, index, by }: { views: SavedView[]; index: number; by: -1 | 1 }) => {
      const order = [...views]
      const target = index + by
      if (target < 0 || target >= order.length) return
      ;[order[index], order[target]] = [order[target], order[index]]
      const changed = order.map((view, position) => ({ view, position })).filter(({ view, position }) => view.position !== position)
      for (const { view, position } of changed) {
        await sdk.client.fetch(`/admin/helpdesk/views/${view.id}`, { method: "POST", body: { position } })
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: savedViewQueryKeys.all }),
  })
}

/** Empties the trash: every Deleted ticket is removed for good. */
export const useEmptyTrash = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => sdk.client.fetch<{ ids: string[]; deleted: boolean }>("/admin/helpdesk/trash", { method: "DELETE" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["helpdesk", "tickets"] }),
  })
}
