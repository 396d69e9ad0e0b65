import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { backendUrl, sdk } from "../../lib/sdk"

/** Kinds of field a form may hold (src/lib/forms/definition.ts FIELD_TYPES). */
export const FORM_FIELD_TYPES = ["text", "textarea", "select", "checkbox", "number", "date", "email", "file"] as const
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number]
export const FORM_LANGUAGES = ["en", "ru"] as const
export type FormLanguage = (typeof FORM_LANGUAGES)[number]

/** The four fields every ticket is made of: their keys keep these types (the server refuses others). */
export const STANDARD_FORM_FIELDS: Record<string, FormFieldType> = { name: "text", email: "email", subject: "text", message: "textarea" }
export const standardTypeOf = (key: string): FormFieldType | undefined =>
  Object.prototype.hasOwnProperty.call(STANDARD_FORM_FIELDS, key) ? STANDARD_FORM_FIELDS[key] : undefined

export interface FormLabel {
  en?: string
  ru?: string
}

export interface AdminFormField {
  key: string
  type: FormFieldType
  label: FormLabel
  required: boolean
  options?: { value: string; label: FormLabel }[]
  help?: FormLabel
}

export interface AdminForm {
  id: string
  name: string
  title: string
  description: string | null
  language: FormLanguage
  fields: AdminFormField[]
  button_text: string | null
  colors: { accent?: string; background?: string; text?: string } | null
  after_submit: "message" | "redirect"
  success_message: string | null
  redirect_url: string | null
  department_id: string | null
  department_choice: boolean
  sales_channel_id: string | null
  allowed_origins: string[] | null
  mailbox_id: string | null
  altcha_enabled: boolean
  enabled: boolean
  created_at: string
  updated_at: string
}

export type FormBody = Partial<Omit<AdminForm, "id" | "created_at" | "updated_at">>

export const formKeys = {
  all: ["helpdesk", "forms"] as const,
  detail: (id: string) => ["helpdesk", "forms", id] as const,
  salesChannels: ["helpdesk", "forms", "sales-channels"] as const,
}

export const useForms = () =>
  useQuery({
    queryKey: formKeys.all,
    queryFn: () => sdk.client.fetch<{ forms: AdminForm[]; count: number }>("/admin/helpdesk/forms"),
  })

export const useHelpdeskForm = (id: string) =>
  useQuery({
    queryKey: formKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ form: AdminForm }>(`/admin/helpdesk/forms/${id}`),
  })

/** Sales channels a form's tickets may be tied to (Medusa's own list). */
export const useSalesChannels = () =>
  useQuery({
    queryKey: formKeys.salesChannels,
    queryFn: () =>
      sdk.client.fetch<{ sales_channels: { id: string; name: string }[] }>("/admin/sales-channels", {
        query: { limit: 100, fields: "id,name" },
      }),
    staleTime: 5 * 60_000,
  })

export const useCreateForm = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: FormBody & { name: string }) =>
      sdk.client.fetch<{ form: AdminForm }>("/admin/helpdesk/forms", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: formKeys.all }),
  })
}

export const useUpdateForm = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: FormBody) => sdk.client.fetch<{ form: AdminForm }>(`/admin/helpdesk/forms/${id}`, { method: "POST", body }),
    onSuccess: ({ form }) => {
      queryClient.setQueryData(formKeys.detail(id), { form })
      return queryClient.invalidateQueries({ queryKey: formKeys.all, exact: true })
    },
  })
}

export const useDeleteForm = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ id: string; deleted: boolean }>(`/admin/helpdesk/forms/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: formKeys.all }),
  })
}

/**
 * The public addresses of a form, on the backend the admin talks to ("/"
 * resolves against the admin's own origin when the backend serves it).
 */
export const formPublicUrls = (id: string) => {
  const origin = new URL(backendUrl, window.location.origin).href.replace(/\/$/, "")
  const page = `${origin}/helpdesk/forms/${encodeURIComponent(id)}`
  return { page, embedded: `${page}?embed=1`, script: `${page}/embed.js` }
}
