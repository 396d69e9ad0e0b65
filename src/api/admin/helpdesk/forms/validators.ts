import { z } from "@medusajs/framework/zod"
import { FORM_LANGUAGES, FormColorsSchema, FormFieldsSchema, OriginSchema } from "../../../../lib/forms/definition"

const id = z.string().trim().min(1)

export const AdminCreateForm = z
  .object({
    /** Seen in the admin only. */
    name: z.string().trim().min(1).max(200),
    /** The heading customers see; the name when left out. */
    title: z.string().trim().min(1).max(300).optional(),
    description: z.string().trim().max(5_000).nullable().optional(),
    language: z.enum(FORM_LANGUAGES).optional(),
    /** The standard four (name, email, subject, message) when left out. */
    fields: FormFieldsSchema.optional(),
    button_text: z.string().trim().min(1).max(100).nullable().optional(),
    colors: FormColorsSchema.nullable().optional(),
    after_submit: z.enum(["message", "redirect"]).optional(),
    success_message: z.string().trim().max(2_000).nullable().optional(),
    redirect_url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2_000).nullable().optional(),
    department_id: id.nullable().optional(),
    department_choice: z.boolean().optional(),
    sales_channel_id: id.nullable().optional(),
    allowed_origins: z.array(OriginSchema).max(50).optional(),
    mailbox_id: id.nullable().optional(),
    altcha_enabled: z.boolean().optional(),
    enabled: z.boolean().optional(),
  })
  .strict()
export type AdminCreateFormType = z.infer<typeof AdminCreateForm>

export const AdminUpdateForm = AdminCreateForm.partial().strict()
export type AdminUpdateFormType = z.infer<typeof AdminUpdateForm>

/** The admin's form list is small and whole; no `fields`, no paging. */
export const AdminGetFormsParams = z.object({}).strict()
