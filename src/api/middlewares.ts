import { defineMiddlewares } from "@medusajs/framework/http"
import { adminDepartmentRoutesMiddlewares } from "./admin/helpdesk/departments/middlewares"
import { adminSettingsRoutesMiddlewares } from "./admin/helpdesk/settings/middlewares"
import { adminTicketRoutesMiddlewares } from "./admin/helpdesk/tickets/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminTicketRoutesMiddlewares,
    ...adminDepartmentRoutesMiddlewares,
    ...adminSettingsRoutesMiddlewares,
  ],
})
