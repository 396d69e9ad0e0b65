import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import HelpdeskModuleService from "./service"

export const HELPDESK_MODULE = "helpdesk"

export default Module(HELPDESK_MODULE, {
  service: HelpdeskModuleService,
  loaders: [validateOptionsLoader],
})

export { HelpdeskModuleService }
export * from "./types"
export * from "./ticket-workflow"
export type { TicketWorkflowDefinition } from "./service"
