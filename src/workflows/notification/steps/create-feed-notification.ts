import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FeedLine } from "./compose-agent-notifications"

export const createFeedNotificationsStepId = "create-helpdesk-feed-notifications"

/**
 * Lines in the Medusa admin's notification panel (the Notification module's
 * `feed` channel). Medusa 2.21's panel is shared by every admin user, so a
 * happening makes one line, not one per agent; the agents it concerns are in
 * `data.receiver_ids`. With no provider for `feed` there is no panel to write
 * to, and the mail still goes out.
 */
export const createFeedNotificationsStep = createStep(
  createFeedNotificationsStepId,
  async (feed: FeedLine[], { container }) => {
    if (!feed.length) return new StepResponse(0)
    try {
      const created = await container.resolve(Modules.NOTIFICATION).createNotifications(
        feed.map((line) => ({
          to: "",
          channel: "feed",
          template: "admin-ui",
          trigger_type: line.event,
          resource_id: line.ticket_id,
          resource_type: "helpdesk_ticket",
          data: { title: line.title, description: line.description, receiver_ids: line.receiver_ids },
        }))
      )
      return new StepResponse(created.length)
    } catch (error) {
      container.resolve(ContainerRegistrationKeys.LOGGER).debug(`medusa-helpdesk: no admin feed notification: ${(error as Error).message}`)
      return new StepResponse(0)
    }
  }
)
