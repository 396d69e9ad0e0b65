import { LoaderOptions } from "@medusajs/framework/types"
import { checkSecretFromEnv, parseHelpdeskOptions } from "../options"

/** Runs when the module loads, so a bad option stops startup instead of a later request. */
export default async function validateOptionsLoader({ options }: LoaderOptions) {
  checkSecretFromEnv(parseHelpdeskOptions(options))
}
