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
export type { AgentScope, HelpdeskSettings, TicketWorkflowDefinition } from "./service"
export { DEFAULT_SETTINGS, TICKET_LIST_COLUMNS } from "./service"
export * from "./visibility"
export * from "./search"
export type { OutboundAttachment, OutboundMailRow, OutboundResult } from "./outbox"
export type { ContactInput, ContactRow } from "./contacts"
export { normalizeEmail } from "./contacts"
export type { CabinetTicketRow, CabinetView } from "./cabinet"
export type { FormSubmissionInput, StoredFormSubmissions } from "./form-submissions"
