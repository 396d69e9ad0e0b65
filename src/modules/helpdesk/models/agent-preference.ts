import { model } from "@medusajs/framework/utils"

/** How an agent likes the desk to look (SPEC F-HISTORY: history oldest- or newest-first); no row means the defaults. */
export const AgentPreference = model
  .define({ name: "agent_preference", tableName: "helpdesk_agent_preference" }, {
    id: model.id({ prefix: "hdap" }).primaryKey(),
    user_id: model.text(),
    history_order: model.enum(["asc", "desc"]).default("asc"),
  })
  .indexes([{ on: ["user_id"], unique: true, where: "deleted_at IS NULL" }])
