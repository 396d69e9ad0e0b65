import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { MailboxInput } from "../types"
import { assertMailboxTemplates } from "./validate-mailbox-templates"

export const validateMailboxStepId = "validate-mailbox"

/**
 * Refuses what would only fail later: templates with variables their kind of
 * mail cannot fill, a department that does not exist, a "move" without a folder.
 */
export const validateMailboxStep = createStep(
  validateMailboxStepId,
  async (input: Partial<MailboxInput> & { id?: string }, { container }) => {
    assertMailboxTemplates(input)
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    if (input.default_department_id) {
      const [department] = await helpdesk.listDepartments({ id: input.default_department_id }, { select: ["id"] })
      if (!department) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Department ${input.default_department_id} does not exist.`)
      }
    }
    let afterImport = input.after_import
    let moveTo = input.move_to_folder
    if (input.id && (afterImport === undefined || moveTo === undefined)) {
      const [current] = await helpdesk.listMailboxes({ id: input.id }, { select: ["after_import", "move_to_folder"] })
      afterImport ??= current?.after_import
      moveTo = moveTo === undefined ? current?.move_to_folder : moveTo
    }
    if (afterImport === "move" && !moveTo) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Choose the folder imported mail is moved to (move_to_folder).")
    }
    return new StepResponse(true)
  }
)
