import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const emitEventsStepId = "emit-events"

export interface EventsToEmit {
  [eventName: string]: Record<string, unknown>[]
}

/**
 * Emits several kinds of events in one step (Medusa's emitEventStep takes one
 * name). Grouped with the workflow's events, so they go out only when the
 * workflow succeeds; compensation drops them.
 */
export const emitEventsStep = createStep(
  emitEventsStepId,
  async (events: EventsToEmit, context) => {
    const metadata = context.eventGroupId ? { eventGroupId: context.eventGroupId } : {}
    const messages = Object.entries(events).flatMap(([name, list]) => list.map((data) => ({ name, data, metadata })))
    if (messages.length) {
      await context.container.resolve(Modules.EVENT_BUS).emit(messages)
    }
    return new StepResponse(null, { eventGroupId: context.eventGroupId, names: Object.keys(events) })
  },
  async (emitted, { container }) => {
    if (!emitted?.eventGroupId) return
    await container.resolve(Modules.EVENT_BUS).clearGroupedEvents(emitted.eventGroupId, { eventNames: emitted.names })
  }
)
