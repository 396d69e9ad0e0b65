import { z } from "@medusajs/framework/zod"
import { GuestTexts } from "../../../lib/pages/guest-texts"

/** What was wrong with a posted form, in the guest's words (zod's own messages name fields a person never sees). */
export function formProblem(error: z.ZodError, texts: GuestTexts): string {
  const issue = error.issues[0]
  if (issue?.code === "unrecognized_keys") return texts.errors.unexpected(issue.keys.join(", "))
  if (issue?.path[0] === "body_text") return issue.code === "too_big" ? texts.errors.tooLong : texts.errors.emptyReply
  return texts.errors.badForm
}
