import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TemplateError, validateTemplate } from "../../lib/templates/render"
import { createRecordsStep, deleteRecordsStep, updateRecordStep } from "../common/record-steps"

export interface CannedReplyInput {
  title: string
  body: string
  department_id?: string | null
}

/** Refuses a template with unknown variables when it is saved, not when it is sent. */
export const validateTemplateStep = createStep("validate-template", async (body: string | undefined) => {
  if (body !== undefined) {
    try {
      validateTemplate(body)
    } catch (error) {
      if (error instanceof TemplateError) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
      }
      throw error
    }
  }
  return new StepResponse(body)
})

export const createCannedRepliesStep = createRecordsStep<CannedReplyInput>("create-canned-replies", "CannedReplies")
export const updateCannedReplyStep = updateRecordStep<{ id: string } & Partial<CannedReplyInput>>(
  "update-canned-reply",
  "CannedReplies"
)
export const deleteCannedRepliesStep = deleteRecordsStep("delete-canned-replies", "CannedReplies", [
  "title",
  "body",
  "department_id",
])
