import { FormColors, FormField } from "../../lib/forms/definition"

/** A form as the admin writes it; everything but `name` may be left to the defaults. */
export interface FormInput {
  name: string
  title?: string
  description?: string | null
  language?: "en" | "ru"
  fields?: FormField[]
  button_text?: string | null
  colors?: FormColors | null
  after_submit?: "message" | "redirect"
  success_message?: string | null
  redirect_url?: string | null
  department_id?: string | null
  department_choice?: boolean
  sales_channel_id?: string | null
  allowed_origins?: string[]
  mailbox_id?: string | null
  altcha_enabled?: boolean
  enabled?: boolean
}

export type FormChanges = Partial<FormInput> & { id: string }
