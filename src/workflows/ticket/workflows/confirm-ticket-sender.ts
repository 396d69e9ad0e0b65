import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { TicketActions } from "../../../modules/helpdesk"
import { planSenderConfirmationStep } from "../steps/plan-sender-confirmation"
import { validateConfirmTokenStep } from "../steps/validate-confirm-token"
import { transitionTicketWorkflow } from "./transition-ticket"

export const confirmTicketSenderWorkflowId = "confirm-ticket-sender"

export interface ConfirmTicketSenderWorkflowInput {
  /** The token of a REQUEST_CONFIRM_URL. */
  token: string
}

/**
 * The sender followed the confirmation link: the ticket leaves Pending
 * confirmation for New through the "confirm" action (history line and
 * `helpdesk.ticket.confirmed`, like an agent's accept). That is also what
 * makes the address known: a known sender is one with a ticket past
 * anti-spam (`findKnownSenders`), so their next mail is not held.
 *
 * Following the link again, or twice at once (a double click, a mail
 * scanner fetching it first), answers "already_confirmed": the ticket is
 * locked while its status is read and changed.
 */
export const confirmTicketSenderWorkflow = createWorkflow(
  confirmTicketSenderWorkflowId,
  (input: WorkflowData<ConfirmTicketSenderWorkflowInput>) => {
    const claims = validateConfirmTokenStep(input)
    const lockKey = transform({ claims }, ({ claims }) => `helpdesk:confirm-ticket:${claims.ticket_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
    const plan = planSenderConfirmationStep(claims)
    when({ plan }, ({ plan }) => plan.outcome === "confirm").then(() => {
      transitionTicketWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({
          ticket_id: plan.ticket.id,
          action: TicketActions.CONFIRM,
          actor: { type: "customer" as const, id: null },
        })),
      })
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(plan)
  }
)
