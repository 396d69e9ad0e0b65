/** What an agent may choose for themselves about how the desk looks. */
export interface AgentPreferences {
  /** The ticket history oldest first ("asc") or newest first ("desc"). */
  history_order: "asc" | "desc"
}

export const DEFAULT_AGENT_PREFERENCES: AgentPreferences = { history_order: "asc" }
