import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../modules/helpdesk"

/** Every column of a form is for the admin; only the public routes pick fields. */
export async function refetchForm(scope: MedusaContainer, id: string) {
  const [form] = await scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE).listForms({ id })
  if (!form) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Form ${id} was not found.`)
  return form
}
