import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HelpdeskEvents } from "../workflows/events"
import { drainOutbox } from "../workflows/outbox"

/**
 * Sends mail as soon as it is queued. Runs where subscribers run (a worker,
 * or a shared instance); whatever it misses, the every-minute job sends.
 */
export default async function sendOutboundMail({ event, container }: SubscriberArgs<{ ids: string[] }>) {
  const ids = Array.isArray(event.data?.ids) ? event.data.ids.filter((id) => typeof id === "string") : []
  if (!ids.length) return
  try {
    await drainOutbox(container, { ids })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`medusa-helpdesk: sending outgoing mail failed, the mail job will retry: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: HelpdeskEvents.OUTBOUND_MAIL_QUEUED,
}
