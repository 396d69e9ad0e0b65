import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateAgentsStep } from "../department/steps"
import { createRecordsStep, deleteRecordsStep, updateRecordStep } from "../common/record-steps"

export interface SavedViewInput {
  name: string
  owner_id: string
  visibility?: "personal" | "everyone" | "agents"
  shared_with?: string[]
  filters: Record<string, unknown>
  position?: number
}

export const createSavedViewsStep = createRecordsStep<SavedViewInput>("create-saved-views", "SavedViews")
export const updateSavedViewStep = updateRecordStep<{ id: string } & Partial<SavedViewInput>>(
  "update-saved-view",
  "SavedViews"
)
export const deleteSavedViewsStep = deleteRecordsStep("delete-saved-views", "SavedViews", [
  "name",
  "owner_id",
  "visibility",
  "shared_with",
  "filters",
  "position",
])

/** Saves a named list filter (F-LIST "saved views"). */
export const createSavedViewWorkflow = createWorkflow("create-saved-view", (input: WorkflowData<SavedViewInput>) => {
  validateAgentsStep(transform({ input }, ({ input }) => input.shared_with ?? []))
  const created = createSavedViewsStep(transform({ input }, ({ input }) => [input]))
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
})

export const updateSavedViewWorkflow = createWorkflow(
  "update-saved-view",
  (input: WorkflowData<{ id: string } & Partial<SavedViewInput>>) => {
    validateAgentsStep(transform({ input }, ({ input }) => input.shared_with ?? []))
    return new WorkflowResponse(updateSavedViewStep(input))
  }
)

export const deleteSavedViewsWorkflow = createWorkflow(
  "delete-saved-views",
  (input: WorkflowData<{ ids: string[] }>) => new WorkflowResponse(deleteSavedViewsStep(input.ids))
)
