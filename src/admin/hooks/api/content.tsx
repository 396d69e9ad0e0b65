import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import { AdminCannedReply, agentToolKeys } from "./agent-tools"

export type { AdminCannedReply }

export type MailTemplateLanguage = "en" | "ru"

export interface MailTemplateText {
  subject: string
  body: string
  /** The mailbox's own text, not the default. */
  overridden: boolean
}

export interface AdminMailTemplate {
  kind: string
  has_subject: boolean
  variables: string[]
  languages: Record<MailTemplateLanguage, MailTemplateText>
}

export interface MailTemplatePreview {
  subject: string
  text: string
  html: string
}

export interface AdminAuditEntry {
  id: string
  actor_id: string | null
  actor: { id: string; email: string; first_name: string | null; last_name: string | null } | null
  object_type: string
  object_id: string
  object_name: string | null
  action: "created" | "updated" | "deleted"
  /** { field: { old, new } }, or { field: "changed" } for a secret. */
  changes: Record<string, { old: unknown; new: unknown } | "changed"> | null
  created_at: string
}

export interface AuditLogFilters {
  object_type?: string
  actor_id?: string
  created_after?: string
  created_before?: string
}

export interface AuditLogPage {
  audit_entries: AdminAuditEntry[]
  next_cursor: string | null
  limit: number
}

export const contentKeys = {
  templates: (mailboxId: string) => ["helpdesk", "mailboxes", mailboxId, "templates"] as const,
  audit: (filters: AuditLogFilters, cursor: string | null) => ["helpdesk", "audit-log", filters, cursor] as const,
  auditAll: ["helpdesk", "audit-log"] as const,
}

export type CannedReplyBody = { title: string; body: string; department_id: string | null }

const useCannedMutation = <T, R>(fn: (arg: T) => Promise<R>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: agentToolKeys.canned })
      queryClient.invalidateQueries({ queryKey: contentKeys.auditAll })
    },
  })
}

export const useSaveCannedReply = () =>
  useCannedMutation(({ id, ...body }: CannedReplyBody & { id?: string }) =>
    sdk.client.fetch<{ canned_reply: AdminCannedReply }>(`/admin/helpdesk/canned-replies${id ? `/${id}` : ""}`, {
      method: "POST",
      body,
    })
  )

export const useDeleteCannedReply = () =>
  useCannedMutation((id: string) => sdk.client.fetch(`/admin/helpdesk/canned-replies/${id}`, { method: "DELETE" }))

export const useMailTemplates = (mailboxId: string | null) =>
  useQuery({
    queryKey: contentKeys.templates(mailboxId ?? ""),
    queryFn: () => sdk.client.fetch<{ templates: AdminMailTemplate[] }>(`/admin/helpdesk/mailboxes/${mailboxId}/templates`),
    enabled: !!mailboxId,
  })

const useTemplateMutation = <T,>(mailboxId: string, fn: (arg: T) => Promise<{ template: AdminMailTemplate }>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: ({ template }) => {
      queryClient.setQueryData<{ templates: AdminMailTemplate[] }>(contentKeys.templates(mailboxId), (old) =>
        old ? { templates: old.templates.map((t) => (t.kind === template.kind ? template : t)) } : old
      )
      queryClient.invalidateQueries({ queryKey: contentKeys.auditAll })
    },
  })
}

/** A part set to null drops its override; a part left out stays. */
export const useSaveMailTemplate = (mailboxId: string) =>
  useTemplateMutation(mailboxId, ({ kind, ...body }: { kind: string; language: MailTemplateLanguage; subject?: string | null; body?: string | null }) =>
    sdk.client.fetch(`/admin/helpdesk/mailboxes/${mailboxId}/templates/${kind}`, { method: "POST", body })
  )

export const useResetMailTemplate = (mailboxId: string) =>
  useTemplateMutation(mailboxId, ({ kind, language }: { kind: string; language: MailTemplateLanguage }) =>
    sdk.client.fetch(`/admin/helpdesk/mailboxes/${mailboxId}/templates/${kind}`, { method: "DELETE", query: { language } })
  )

export const usePreviewMailTemplate = (mailboxId: string) =>
  useMutation({
    mutationFn: ({ kind, ...body }: { kind: string; language: MailTemplateLanguage; subject?: string; body?: string }) =>
      sdk.client.fetch<MailTemplatePreview>(`/admin/helpdesk/mailboxes/${mailboxId}/templates/${kind}/preview`, { method: "POST", body }),
  })

export const useAuditLog = (filters: AuditLogFilters, cursor: string | null, limit = 20) =>
  useQuery({
    queryKey: contentKeys.audit(filters, cursor),
    queryFn: () =>
      sdk.client.fetch<AuditLogPage>("/admin/helpdesk/audit-log", {
        query: { limit, ...(cursor ? { cursor } : {}), ...Object.fromEntries(Object.entries(filters).filter(([, v]) => !!v)) },
      }),
    placeholderData: keepPreviousData,
    // A 403 (not a supervisor) will not change by asking again.
    retry: (count, error) => (error as { status?: number }).status !== 403 && count < 2,
  })
