import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CreateDepartmentInput, createDepartmentsStep } from "../steps"
import { AuditActor, idsOfRows, recordAuditStep } from "../../common/record-audit-step"

export const createDepartmentsWorkflowId = "create-departments"

export const createDepartmentsWorkflow = createWorkflow(
  createDepartmentsWorkflowId,
  (input: WorkflowData<{ departments: CreateDepartmentInput[] } & AuditActor>) => {
    const departments = createDepartmentsStep(input.departments)
    recordAuditStep({ object_type: "department", actor_id: input.actor_id, ids: idsOfRows(departments) })
    return new WorkflowResponse(departments)
  }
)
