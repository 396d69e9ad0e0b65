import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findAll, Query } from "../../ticket/utils/find-all"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { FormInput } from "../types"

export const validateFormReferencesStepId = "validate-form-references"

/**
 * The department, mailbox and sales channel a form names must exist, and a
 * redirect needs its URL: a form saved broken would only fail for the
 * customers who fill it in.
 */
export const validateFormReferencesStep = createStep(
  validateFormReferencesStepId,
  async (changes: (Partial<FormInput> & { id?: string })[], { container }) => {
    const query: Query = container.resolve(ContainerRegistrationKeys.QUERY)
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    // A change is checked with the rest of its form: switching to "redirect" needs the URL it already has.
    const forms = await Promise.all(
      changes.map(async (change) =>
        change.id ? { ...((await helpdesk.retrieveForm(change.id)) as unknown as Partial<FormInput>), ...change } : change
      )
    )
    const ids = (key: "department_id" | "mailbox_id" | "sales_channel_id") =>
      forms.map((f) => f[key]).filter((id): id is string => !!id)
    await findAll(query, "department", "Department", ids("department_id"), [])
    await findAll(query, "mailbox", "Mailbox", ids("mailbox_id"), [])
    await findAll(query, "sales_channel", "Sales channel", ids("sales_channel_id"), [])
    for (const form of forms) {
      if (form.after_submit === "redirect" && !form.redirect_url) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "A form that redirects after a submission needs redirect_url.")
      }
    }
    return new StepResponse(undefined)
  }
)
