import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { FORM_LANGUAGES, FormColors, FormField, FormLanguage, labelIn } from "../../../lib/forms/definition"
import { createFormStartToken, HONEYPOT_FIELD } from "../../../lib/forms/bot-check"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

/** A form's row as the public routes read it. */
export interface FormRow {
  id: string
  title: string
  description: string | null
  language: string
  fields: FormField[]
  button_text: string | null
  colors: FormColors | null
  after_submit: "message" | "redirect"
  success_message: string | null
  redirect_url: string | null
  department_id: string | null
  department_choice: boolean
  allowed_origins: string[] | null
  mailbox_id: string | null
  altcha_enabled: boolean
}

const PUBLIC_COLUMNS = [
  "id", "title", "description", "language", "fields", "button_text", "colors", "after_submit", "success_message",
  "redirect_url", "department_id", "department_choice", "allowed_origins", "mailbox_id", "altcha_enabled",
]

const FORM_ID = /^[A-Za-z0-9_]{1,64}$/

/** An enabled form, or 404 (a disabled or deleted form looks like none, to anyone probing ids). */
export async function loadPublicForm(scope: MedusaContainer, id: string): Promise<FormRow> {
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [form] = FORM_ID.test(id) ? await helpdesk.listForms({ id, enabled: true }, { select: PUBLIC_COLUMNS }) : []
  if (!form) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This form does not exist or is closed.")
  return form as unknown as FormRow
}

export function formLanguage(form: FormRow): FormLanguage {
  return (FORM_LANGUAGES as readonly string[]).includes(form.language) ? (form.language as FormLanguage) : "en"
}

/** The public departments a customer may pick on a form that lets them. */
export async function departmentChoices(scope: MedusaContainer, form: FormRow): Promise<{ id: string; name: string }[] | null> {
  if (!form.department_choice) return null
  const departments = await scope
    .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    .listDepartments({ is_public: true }, { select: ["id", "name"], order: { name: "ASC" } })
  return departments.map((d) => ({ id: d.id, name: d.name }))
}

/**
 * What a page needs to render and send the form, labels in the form's
 * language. Field by field: the form's department, mailbox, origins and
 * admin name never reach the public.
 */
export async function publicFormSchema(scope: MedusaContainer, form: FormRow, challengeUrl: string) {
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const language = formLanguage(form)
  const secret = helpdesk.getSecretKey()
  const options = helpdesk.getOptions()
  return {
    form: {
      id: form.id,
      title: form.title,
      description: form.description,
      language,
      button_text: form.button_text,
      colors: form.colors ?? {},
      fields: form.fields.map((f) => ({
        key: f.key,
        type: f.type,
        label: labelIn(f.label, language),
        required: f.required,
        ...(f.options ? { options: f.options.map((o) => ({ value: o.value, label: labelIn(o.label, language) })) } : {}),
        ...(f.help && labelIn(f.help, language) ? { help: labelIn(f.help, language) } : {}),
      })),
      departments: await departmentChoices(scope, form),
      after_submit: form.after_submit === "redirect" && form.redirect_url ? { type: "redirect" as const, url: form.redirect_url } : { type: "message" as const, message: form.success_message },
    },
    bot_check: {
      /** Sent back as `start_token`: it tells the server when the form was opened. */
      start_token: secret ? createFormStartToken(secret, form.id) : null,
      min_fill_seconds: options.formMinFillSeconds,
      /** A field real people never see; anything in it marks a bot. */
      honeypot_field: HONEYPOT_FIELD,
      /** Where the ALTCHA widget fetches its proof-of-work challenge; null when the form does not ask for one. */
      altcha_challenge_url: form.altcha_enabled && secret ? challengeUrl : null,
    },
  }
}
