import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import { AdminDepartment } from "../../lib/types"
import { helpdeskQueryKeys, useMe } from "./workflow"

/** Helpdesk-wide settings (GET/POST /admin/helpdesk/settings). */
export interface AdminHelpdeskSettings {
  /** Empty: every agent is a supervisor. */
  supervisor_user_ids: string[]
  /** Replies to cabinet, form and admin tickets go out from it; null: they stay in the cabinet. */
  default_mailbox_id: string | null
}

/** The startup options set in medusa-config.ts, read-only here (secrets never leave the server). */
export interface AdminHelpdeskOptions {
  ticketNumberDigits: number
  subjectTag: string
  forwardTag: string
  claimIdleMinutes: number
  defaultLanguage: string
  mailCron: string
  uploadMaxFiles: number
  uploadMaxBytes: number
  uploadExtensions: "*" | string[]
  storeName: string
  publicUrl: string
  storefrontRequestsUrl: string | null
  confirmLinkTtlHours: number
}

export type NotificationReason = "new_ticket" | "assigned" | "customer_replied" | "watched"
export type AdminNotificationPreferences = Record<NotificationReason, boolean>
export const NOTIFICATION_REASONS: NotificationReason[] = ["new_ticket", "assigned", "customer_replied", "watched"]

export type DepartmentBody = { name?: string; description?: string | null; is_public?: boolean }

export const teamQueryKeys = {
  settings: ["helpdesk", "settings"] as const,
  options: ["helpdesk", "settings", "options"] as const,
  notificationPreferences: ["helpdesk", "notification-preferences"] as const,
}

export const useHelpdeskSettings = () =>
  useQuery({
    queryKey: teamQueryKeys.settings,
    queryFn: () => sdk.client.fetch<{ settings: AdminHelpdeskSettings }>("/admin/helpdesk/settings"),
  })

export const useHelpdeskOptions = () =>
  useQuery({
    queryKey: teamQueryKeys.options,
    queryFn: () => sdk.client.fetch<{ options: AdminHelpdeskOptions }>("/admin/helpdesk/settings/options"),
    staleTime: Infinity,
  })

/**
 * Whether the signed-in agent may change settings and departments: a named
 * supervisor, or anyone while none is named (SPEC §6). Undefined while loading.
 */
export const useIsSupervisor = () => {
  const me = useMe().data?.user
  const settings = useHelpdeskSettings().data?.settings
  if (!me || !settings) return undefined
  return settings.supervisor_user_ids.length === 0 || settings.supervisor_user_ids.includes(me.id)
}

export const useUpdateHelpdeskSettings = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<AdminHelpdeskSettings>) =>
      sdk.client.fetch<{ settings: AdminHelpdeskSettings }>("/admin/helpdesk/settings", { method: "POST", body }),
    onSuccess: ({ settings }) => {
      queryClient.setQueryData(teamQueryKeys.settings, { settings })
      // Who is a supervisor decides what the ticket list shows.
      queryClient.invalidateQueries({ queryKey: ["helpdesk", "tickets"] })
    },
    onError: (error) => refetchRoleOnForbidden(queryClient, error),
  })
}

/** A 403 from a supervisor-only route (FetchError carries the status). */
export const isForbidden = (error: unknown) => (error as { status?: number } | null)?.status === 403

/** Someone took our supervisor rights meanwhile: reload them, so the screen says so. */
const refetchRoleOnForbidden = (queryClient: ReturnType<typeof useQueryClient>, error: unknown) => {
  if (isForbidden(error)) queryClient.invalidateQueries({ queryKey: teamQueryKeys.settings, exact: true })
}

const useDepartmentMutation = <T,>(fn: (arg: T) => Promise<unknown>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: helpdeskQueryKeys.departments }),
    onError: (error) => refetchRoleOnForbidden(queryClient, error),
  })
}

export const useSaveDepartment = () =>
  useDepartmentMutation(({ id, ...body }: DepartmentBody & { id?: string }) =>
    sdk.client.fetch<{ department: AdminDepartment }>(`/admin/helpdesk/departments${id ? `/${id}` : ""}`, {
      method: "POST",
      body,
    })
  )

export const useDeleteDepartment = () =>
  useDepartmentMutation((id: string) => sdk.client.fetch(`/admin/helpdesk/departments/${id}`, { method: "DELETE" }))

export const useUpdateDepartmentMembers = () =>
  useDepartmentMutation(({ id, add, remove }: { id: string; add?: string[]; remove?: string[] }) =>
    sdk.client.fetch<{ department: AdminDepartment }>(`/admin/helpdesk/departments/${id}/members`, {
      method: "POST",
      body: { add, remove },
    })
  )

export const useNotificationPreferences = () =>
  useQuery({
    queryKey: teamQueryKeys.notificationPreferences,
    queryFn: () =>
      sdk.client.fetch<{ notification_preferences: AdminNotificationPreferences }>("/admin/helpdesk/notification-preferences"),
  })

export const useUpdateNotificationPreferences = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<AdminNotificationPreferences>) =>
      sdk.client.fetch<{ notification_preferences: AdminNotificationPreferences }>(
        "/admin/helpdesk/notification-preferences",
        { method: "POST", body }
      ),
    onSuccess: (data) => queryClient.setQueryData(teamQueryKeys.notificationPreferences, data),
  })
}

