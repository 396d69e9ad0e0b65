import { MedusaContainer } from "@medusajs/framework/types"
import { createBatcher } from "../../../lib/batching/batcher"
import { FormSubmissionInput, HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { submitFormsWorkflow } from "../../../workflows"

type StoredTicket = { id: string; number: string; status: string } | null
type Submit = (item: { scope: MedusaContainer; submission: FormSubmissionInput }) => Promise<StoredTicket>

const submitters = new WeakMap<HelpdeskModuleService, Submit>()

/**
 * Stores one checked submission: its ticket, or null when its idempotency
 * key was taken first. Submissions that arrive while a run of
 * submitFormsWorkflow works go together in the next one — one transaction,
 * one run's overhead, one look for receipts — so a busy form costs a few
 * runs a second instead of one per request. A batch that fails is retried
 * submission by submission, so one bad submission fails no one else.
 */
export function submitTogether(scope: MedusaContainer, submission: FormSubmissionInput): Promise<StoredTicket> {
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  let submit = submitters.get(helpdesk)
  if (!submit) {
    submit = createBatcher(
      async (items: { scope: MedusaContainer; submission: FormSubmissionInput }[]) => {
        const { result } = await submitFormsWorkflow(items[0].scope).run({ input: { submissions: items.map((i) => i.submission) } })
        return result
      },
      // A batch is one transaction: big enough to share the overhead, small enough to keep each answer quick.
      { maxSize: 50 }
    )
    submitters.set(helpdesk, submit)
  }
  return submit({ scope, submission })
}
