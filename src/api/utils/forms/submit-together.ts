import { MedusaContainer } from "@medusajs/framework/types"
import { batcherPerOwner, createBatcher } from "../../../lib/batching/batcher"
import { FormSubmissionInput, HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { submitFormsWorkflow } from "../../../workflows"

type StoredTicket = { id: string; number: string; status: string } | null
type Submission = { scope: MedusaContainer; submission: FormSubmissionInput }

// Keyed by the helpdesk service: routes pass req.scope, a new container per request, but one app has one service.
const submitterOf = batcherPerOwner((_: HelpdeskModuleService) =>
  createBatcher(
    async (items: Submission[]): Promise<StoredTicket[]> => {
      const { result } = await submitFormsWorkflow(items[0].scope).run({ input: { submissions: items.map((i) => i.submission) } })
      return result
    },
    // A batch is one transaction: big enough to share the overhead, small enough to keep each answer quick.
    { maxSize: 50 }
  )
)

/**
 * Stores one checked submission: its ticket, or null when its idempotency
 * key was taken first. Submissions that arrive while a run of
 * submitFormsWorkflow works go together in the next one — one transaction,
 * one run's overhead, one look for receipts — so a busy form costs a few
 * runs a second instead of one per request. A batch that fails is retried
 * submission by submission, so one bad submission fails no one else.
 */
export function submitTogether(scope: MedusaContainer, submission: FormSubmissionInput): Promise<StoredTicket> {
  return submitterOf(scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE))({ scope, submission })
}
