import { z } from "@medusajs/framework/zod"
import { MAIL_TEMPLATE_KINDS, MailTemplateKind } from "../../../../lib/templates/kinds"
import { TEMPLATE_LANGUAGES } from "../../../../lib/templates/language"
import { templateOverrideProblems } from "../../../../lib/templates/overrides"

const host = z.string().trim().min(1).max(255)
const port = z.number().int().min(1).max(65535)
const template = z.string().max(20_000).nullable().optional()
const email = z.string().trim().toLowerCase().email()
const templateSubject = z.string().max(1_000)
const templateBody = z.string().max(20_000)
const language = z.enum(TEMPLATE_LANGUAGES)

const templateOverride = z.object({ subject: templateSubject.optional(), body: templateBody.optional() }).strict()
const byLanguage = z.object({ en: templateOverride.optional(), ru: templateOverride.optional() }).strict().optional()

/** `mailbox.templates` (shape in lib/templates/mail-templates.ts), its variables checked per kind. */
export const MailboxTemplates = z
  .object(Object.fromEntries(MAIL_TEMPLATE_KINDS.map((kind) => [kind, byLanguage])) as Record<MailTemplateKind, typeof byLanguage>)
  .strict()
  .superRefine((templates, ctx) => {
    for (const problem of templateOverrideProblems(templates)) {
      ctx.addIssue({ code: "custom", path: problem.path, message: problem.message })
    }
  })

export const AdminCreateMailbox = z
  .object({
    name: z.string().trim().min(1).max(200),
    address: email,
    language: z.enum(["en", "ru"]).nullable().optional(),
    enabled: z.boolean().optional(),
    imap_host: host,
    imap_port: port.optional(),
    imap_secure: z.boolean().optional(),
    imap_user: z.string().trim().min(1).max(320),
    imap_password: z.string().max(1_000).nullable().optional(),
    imap_folder: z.string().trim().min(1).max(500).optional(),
    after_import: z.enum(["keep", "move"]).optional(),
    move_to_folder: z.string().trim().min(1).max(500).nullable().optional(),
    smtp_host: host.nullable().optional(),
    smtp_port: port.nullable().optional(),
    smtp_secure: z.boolean().optional(),
    smtp_user: z.string().trim().max(320).nullable().optional(),
    smtp_password: z.string().max(1_000).nullable().optional(),
    signature: template,
    receipt_template: template,
    confirmation_template: template,
    templates: MailboxTemplates.nullable().optional(),
    receipt_enabled: z.boolean().optional(),
    antispam_enabled: z.boolean().optional(),
    noreply_address: email.nullable().optional(),
    noreply_smtp_host: host.nullable().optional(),
    noreply_smtp_port: port.nullable().optional(),
    noreply_smtp_secure: z.boolean().optional(),
    noreply_smtp_user: z.string().trim().max(320).nullable().optional(),
    noreply_smtp_password: z.string().max(1_000).nullable().optional(),
    reply_mode: z.enum(["full", "link"]).optional(),
    sales_channel_id: z.string().trim().min(1).nullable().optional(),
    default_department_id: z.string().trim().min(1).nullable().optional(),
  })
  .strict()
export type AdminCreateMailboxType = z.infer<typeof AdminCreateMailbox>

export const AdminUpdateMailbox = AdminCreateMailbox.partial().strict()
export type AdminUpdateMailboxType = z.infer<typeof AdminUpdateMailbox>

export const AdminGetInboundMailsParams = z.object({
  status: z.enum(["received", "imported", "skipped", "failed"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminGetInboundMailsParamsType = z.infer<typeof AdminGetInboundMailsParams>

export const AdminPreviewMailTemplate = z
  .object({ language: language.optional(), subject: templateSubject.optional(), body: templateBody.optional() })
  .strict()
export type AdminPreviewMailTemplateType = z.infer<typeof AdminPreviewMailTemplate>

/** A part set to null drops its override; a part left out stays as it is. */
export const AdminSaveMailTemplate = z
  .object({ language, subject: templateSubject.nullable().optional(), body: templateBody.nullable().optional() })
  .strict()
  .refine((draft) => draft.subject !== undefined || draft.body !== undefined, { message: "Give a subject, a body or both." })
export type AdminSaveMailTemplateType = z.infer<typeof AdminSaveMailTemplate>

export const AdminResetMailTemplateParams = z.object({ language: language.optional() })
export type AdminResetMailTemplateParamsType = z.infer<typeof AdminResetMailTemplateParams>
