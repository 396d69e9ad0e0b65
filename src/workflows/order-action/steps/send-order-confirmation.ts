import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const sendOrderConfirmationStepId = "send-order-confirmation"

/**
 * Medusa has no workflow that sends the order confirmation: a store sends it
 * from its own `order.placed` subscriber, which creates a notification through
 * the Notification module (Medusa's docs do it so). Emitting `order.placed`
 * again would re-run every other subscriber of it too (stock, ERP, analytics
 * exports), so the helpdesk creates that same notification itself: the
 * template and channel are plugin options (default "order-placed" on "email")
 * and the data is the order, as such a subscriber passes it. Other plugins
 * hear of it through helpdesk.order.confirmation_resent.
 *
 * Sending cannot be taken back, so there is no compensation; the step runs
 * last but for the history line.
 */
export const sendOrderConfirmationStep = createStep(
  sendOrderConfirmationStepId,
  async (input: { order_id: string }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const { orderConfirmationTemplate, orderConfirmationChannel } = helpdesk.getOptions()
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [order] } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", "email", "currency_code", "total", "created_at", "items.*", "shipping_address.*"],
      filters: { id: input.order_id },
    })
    const [notification] = await container.resolve(Modules.NOTIFICATION).createNotifications([
      {
        to: order.email!,
        channel: orderConfirmationChannel,
        template: orderConfirmationTemplate,
        data: { order },
        trigger_type: "helpdesk.order.confirmation_resent",
        resource_id: order.id,
        resource_type: "order",
      },
    ])
    return new StepResponse({ notification_id: notification.id, to: order.email, template: orderConfirmationTemplate, channel: orderConfirmationChannel })
  }
)
