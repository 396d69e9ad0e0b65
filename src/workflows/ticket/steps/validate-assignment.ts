import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findAll, Query } from "../utils/find-all"

export const validateAssignmentStepId = "validate-assignment"

/** Checks that the agent and department a ticket is being assigned to exist. */
export const validateAssignmentStep = createStep(
  validateAssignmentStepId,
  async (input: { assignee_id?: string | null; department_id?: string | null }, { container }) => {
    const query: Query = container.resolve(ContainerRegistrationKeys.QUERY)
    await findAll(query, "user", "Admin user", input.assignee_id ? [input.assignee_id] : [], [])
    await findAll(query, "department", "Department", input.department_id ? [input.department_id] : [], [])
    return new StepResponse(input)
  }
)
