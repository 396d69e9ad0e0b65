/** Why an agent hears of something (SPEC §5 "Notifications"), each switchable per agent. */
export type NotificationReason = "new_ticket" | "assigned" | "customer_replied" | "watched"

export type NotificationPreferences = Record<NotificationReason, boolean>

export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = {
  new_ticket: true,
  assigned: true,
  customer_replied: true,
  watched: true,
}

/** What happened to a ticket, as far as deciding who hears of it goes. */
export type TicketHappening =
  | { kind: "created" }
  | { kind: "assigned"; assignee_id: string | null }
  | { kind: "customer_replied" }
  /** Any other action on the ticket (status change, note, reply, edit): only watchers hear of it. */
  | { kind: "other" }

export interface NotificationAudience {
  assignee_id: string | null
  /** Members of the ticket's department; null when it has none. */
  department_member_ids: string[] | null
  all_agent_ids: string[]
  watcher_ids: string[]
  preferences: Map<string, NotificationPreferences>
  /** Whoever did it hears nothing of their own action. */
  actor_id: string | null
}

/**
 * Who is told of a happening, and why — SPEC §5's table:
 * a new ticket → its department's members (every agent when it has none);
 * assigned → the new assignee; a customer's reply → the assignee, else the
 * department (else every agent); anything on a watched ticket → watchers.
 * One notice per agent, for the most specific reason, and only when that
 * agent has the reason switched on. The actor is never told.
 */
export function notificationRecipients(
  happening: TicketHappening,
  audience: NotificationAudience
): { user_id: string; reason: NotificationReason }[] {
  const team = audience.department_member_ids ?? audience.all_agent_ids
  const candidates: [string[], NotificationReason][] = []
  if (happening.kind === "created") candidates.push([team, "new_ticket"])
  if (happening.kind === "assigned" && happening.assignee_id) candidates.push([[happening.assignee_id], "assigned"])
  if (happening.kind === "customer_replied") {
    candidates.push([audience.assignee_id ? [audience.assignee_id] : team, "customer_replied"])
  }
  candidates.push([audience.watcher_ids, "watched"])

  const told = new Map<string, NotificationReason>()
  for (const [users, reason] of candidates) {
    for (const user of users) {
      if (told.has(user) || user === audience.actor_id) continue
      const prefs = audience.preferences.get(user) ?? DEFAULT_NOTIFICATION_PREFERENCES
      if (prefs[reason]) told.set(user, reason)
    }
  }
  return [...told].map(([user_id, reason]) => ({ user_id, reason }))
}
