import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { defaultFormFields } from "../../../lib/forms/definition"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { FormInput } from "../types"

export const createFormsStepId = "create-forms"

/** Creates forms; what the admin left out gets a working default (the standard four fields, the title from the name). */
export const createFormsStep = createStep(
  createFormsStepId,
  async (forms: FormInput[], { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const created = await helpdesk.createForms(
      forms.map((form) => ({
        ...form,
        title: form.title ?? form.name,
        fields: (form.fields ?? defaultFormFields()) as unknown as Record<string, unknown>,
        allowed_origins: (form.allowed_origins ?? []) as unknown as Record<string, unknown>,
        colors: (form.colors ?? null) as Record<string, unknown> | null,
      }))
    )
    return new StepResponse(created, created.map((f) => f.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).deleteForms(ids)
  }
)
