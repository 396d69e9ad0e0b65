import { randomUUID } from "node:crypto"
import { MedusaContainer } from "@medusajs/framework/types"
import { FieldProblem } from "../../../lib/forms/submission-schema"
import { PageForm, PageState } from "../../../lib/pages/form-page"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { FormRow, publicFormSchema } from "./public-form"

/**
 * Where a form's public routes live: absolute (from the store's public
 * address) for the JS embed on another site; relative for the hosted page,
 * whose CSP allows only its own origin under whatever name it was opened.
 */
export function formUrls(scope: MedusaContainer, formId: string, absolute = true) {
  const { publicUrl } = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE).getOptions()
  const base = `${absolute ? publicUrl : ""}/helpdesk/forms/${encodeURIComponent(formId)}`
  return { base, submissions: `${base}/submissions`, challenge: `${base}/challenge`, fragment: `${base}/fragment`, altcha: `${publicUrl}/helpdesk/assets/altcha.js` }
}

/** The form as a page renders it, with a fresh start token and idempotency key; `values`/`problems` re-show a refused submission. */
export async function formPageModel(
  scope: MedusaContainer,
  form: FormRow,
  again: { values?: Record<string, unknown>; problems?: FieldProblem[]; alert?: string | null } = {},
  { absolute = false }: { absolute?: boolean } = {}
): Promise<{ page: PageForm; state: PageState }> {
  const urls = formUrls(scope, form.id, absolute)
  const schema = await publicFormSchema(scope, form, urls.challenge)
  return {
    page: schema.form,
    state: {
      action: urls.submissions,
      start_token: schema.bot_check.start_token,
      // One per page load: sending the same page twice (a double click, a reload of the answer) makes one ticket.
      idempotency_key: typeof again.values?.idempotency_key === "string" ? again.values.idempotency_key : randomUUID(),
      honeypot_field: schema.bot_check.honeypot_field,
      altcha_challenge_url: schema.bot_check.altcha_challenge_url,
      values: again.values,
      problems: again.problems,
      alert: again.alert,
    },
  }
}
