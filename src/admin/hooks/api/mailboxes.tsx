import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

export interface AdminMailbox {
  id: string
  name: string
  address: string
  language: string | null
  enabled: boolean
  imap_host: string
  imap_port: number
  imap_secure: boolean
  imap_user: string
  imap_folder: string
  imap_password_set: boolean
  smtp_host: string | null
  smtp_port: number | null
  smtp_secure: boolean
  smtp_user: string | null
  smtp_password_set: boolean
  signature: string | null
  receipt_enabled: boolean
  antispam_enabled: boolean
  reply_mode: "full" | "link"
  last_check_at: string | null
  last_success_at: string | null
  last_error: string | null
  last_error_at: string | null
  imported_count: number
  unprocessable_count: number
}

export interface AdminInboundMail {
  id: string
  from_address: string | null
  subject: string | null
  status: "received" | "imported" | "skipped" | "failed"
  reason: string | null
  auto: string | null
  ticket_id: string | null
  attempts: number
  created_at: string
}

export interface ConnectionCheck {
  ok: boolean
  problem: { stage: string; message: string } | null
}

export type MailboxBody = Partial<Omit<AdminMailbox, "id" | "imap_password_set" | "smtp_password_set">> & {
  imap_password?: string | null
  smtp_password?: string | null
}

export const mailboxKeys = {
  all: ["helpdesk", "mailboxes"] as const,
  log: (id: string, status: string) => ["helpdesk", "mailboxes", id, "inbound-mails", status] as const,
}

export const useMailboxes = () =>
  useQuery({
    queryKey: mailboxKeys.all,
    queryFn: () => sdk.client.fetch<{ mailboxes: AdminMailbox[] }>("/admin/helpdesk/mailboxes"),
    // Health (last check, errors) changes as the mail job runs.
    refetchInterval: 60_000,
  })

const useInvalidating = <T, R>(fn: (arg: T) => Promise<R>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mailboxKeys.all }),
  })
}

export const useSaveMailbox = () =>
  useInvalidating(({ id, ...body }: MailboxBody & { id?: string }) =>
    sdk.client.fetch<{ mailbox: AdminMailbox; passwords_cleared?: string[]; message?: string }>(`/admin/helpdesk/mailboxes${id ? `/${id}` : ""}`, {
      method: "POST",
      body,
    })
  )

export const useDeleteMailbox = () =>
  useInvalidating((id: string) => sdk.client.fetch(`/admin/helpdesk/mailboxes/${id}`, { method: "DELETE" }))

export const useCollectMailbox = () =>
  useInvalidating((id: string) =>
    sdk.client.fetch<{ collection: { fetched: number; imported: number; skipped: number; failed: number; error: string | null } }>(
      `/admin/helpdesk/mailboxes/${id}/collect`,
      { method: "POST" }
    )
  )

export const useTestMailbox = () =>
  useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ imap: ConnectionCheck; smtp: ConnectionCheck; ok: boolean }>(`/admin/helpdesk/mailboxes/${id}/test-connection`, { method: "POST" }),
  })

export const useInboundMails = (mailboxId: string, status: string) =>
  useQuery({
    queryKey: mailboxKeys.log(mailboxId, status),
    queryFn: () =>
      sdk.client.fetch<{ inbound_mails: AdminInboundMail[]; count: number }>(
        `/admin/helpdesk/mailboxes/${mailboxId}/inbound-mails`,
        { query: { ...(status === "all" ? {} : { status }), limit: 50 } }
      ),
  })

export const useRetryInboundMail = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ inbound_mail: AdminInboundMail }>(`/admin/helpdesk/inbound-mails/${id}/retry`, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mailboxKeys.all }),
  })
}
