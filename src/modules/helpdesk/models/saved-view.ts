import { model } from "@medusajs/framework/utils"

/**
 * A named ticket-list filter: personal, shared with everyone, or shared with
 * chosen agents (seeds 001, 003), in the order agents arranged them.
 */
export const SavedView = model
  .define({ name: "saved_view", tableName: "helpdesk_saved_view" }, {
    id: model.id({ prefix: "hview" }).primaryKey(),
    name: model.text(),
    owner_id: model.text(),
    visibility: model.enum(["personal", "everyone", "agents"]).default("personal"),
    shared_with: model.array().default([]),
    /** The list's query parameters, as the list route accepts them. */
    filters: model.json(),
    position: model.number().default(0),
  })
  .indexes([{ on: ["owner_id"] }, { on: ["visibility"] }])
