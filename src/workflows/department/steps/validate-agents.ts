import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findAll, Query } from "../../ticket/utils/find-all"

export const validateAgentsStepId = "validate-agents"

/** Fails naming any id that is not an admin user. */
export const validateAgentsStep = createStep(validateAgentsStepId, async (userIds: string[], { container }) => {
  const query: Query = container.resolve(ContainerRegistrationKeys.QUERY)
  await findAll(query, "user", "Admin user", userIds, [])
  return new StepResponse(userIds)
})
