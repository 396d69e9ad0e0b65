import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const addCustomerEmailStepId = "add-customer-email"

export interface AddCustomerEmailInput {
  customer_id: string
  email: string
}

/** Records an address the customer proved; undone only if this run added it. */
export const addCustomerEmailStep = createStep(
  addCustomerEmailStepId,
  async (input: AddCustomerEmailInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const added = await helpdesk.addCustomerEmail(input.customer_id, input.email)
    return new StepResponse(added, added.created ? added.id : null)
  },
  async (id, { container }) => {
    if (!id) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.deleteCustomerEmails(id)
  }
)
