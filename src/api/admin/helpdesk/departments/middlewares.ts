import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { requireSupervisor } from "../require-supervisor"
import {
  AdminCreateDepartment,
  AdminUpdateDepartment,
  AdminUpdateDepartmentMembers,
} from "./validators"

export const adminDepartmentRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/helpdesk/departments",
    middlewares: [requireSupervisor, validateAndTransformBody(AdminCreateDepartment)],
  },
  {
    method: ["POST"],
    matcher: "/admin/helpdesk/departments/:id",
    middlewares: [requireSupervisor, validateAndTransformBody(AdminUpdateDepartment)],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/helpdesk/departments/:id",
    middlewares: [requireSupervisor],
  },
  {
    method: ["POST"],
    matcher: "/admin/helpdesk/departments/:id/members",
    middlewares: [requireSupervisor, validateAndTransformBody(AdminUpdateDepartmentMembers)],
  },
]
