import { DEFAULT_NOTIFICATION_PREFERENCES, NotificationAudience, notificationRecipients } from "../recipients"

const audience = (extra: Partial<NotificationAudience> = {}): NotificationAudience => ({
  assignee_id: null,
  department_member_ids: null,
  all_agent_ids: ["ann", "bob", "cid"],
  watcher_ids: [],
  preferences: new Map(),
  actor_id: null,
  ...extra,
})

describe("notificationRecipients (SPEC §5)", () => {
  it("tells a department's members of a new ticket, or every agent when it has no department", () => {
    expect(notificationRecipients({ kind: "created" }, audience({ department_member_ids: ["bob"] }))).toEqual([{ user_id: "bob", reason: "new_ticket" }])
    expect(notificationRecipients({ kind: "created" }, audience()).map((r) => r.user_id)).toEqual(["ann", "bob", "cid"])
    expect(notificationRecipients({ kind: "created" }, audience({ department_member_ids: [] }))).toEqual([])
  })

  it("tells the new assignee, unless they assigned themselves", () => {
    expect(notificationRecipients({ kind: "assigned", assignee_id: "cid" }, audience())).toEqual([{ user_id: "cid", reason: "assigned" }])
    expect(notificationRecipients({ kind: "assigned", assignee_id: "cid" }, audience({ actor_id: "cid" }))).toEqual([])
    expect(notificationRecipients({ kind: "assigned", assignee_id: null }, audience())).toEqual([])
  })

  it("tells the assignee of a customer's reply, else the department", () => {
    expect(notificationRecipients({ kind: "customer_replied" }, audience({ assignee_id: "ann", department_member_ids: ["bob"] }))).toEqual([
      { user_id: "ann", reason: "customer_replied" },
    ])
    expect(notificationRecipients({ kind: "customer_replied" }, audience({ department_member_ids: ["bob"] }))).toEqual([
      { user_id: "bob", reason: "customer_replied" },
    ])
  })

  it("tells watchers of anything but their own actions, once each, for the most specific reason", () => {
    const watched = audience({ watcher_ids: ["ann", "bob"], assignee_id: "ann", actor_id: "bob" })
    expect(notificationRecipients({ kind: "other" }, watched)).toEqual([{ user_id: "ann", reason: "watched" }])
    expect(notificationRecipients({ kind: "customer_replied" }, { ...watched, actor_id: null })).toEqual([
      { user_id: "ann", reason: "customer_replied" },
      { user_id: "bob", reason: "watched" },
    ])
  })

  it("leaves out agents who switched that notice off, and only that one", () => {
    const preferences = new Map([["ann", { ...DEFAULT_NOTIFICATION_PREFERENCES, customer_replied: false }]])
    const a = audience({ assignee_id: "ann", watcher_ids: ["ann"], preferences })
    // Ann turned off replies on her tickets but still watches this one.
    expect(notificationRecipients({ kind: "customer_replied" }, a)).toEqual([{ user_id: "ann", reason: "watched" }])
    expect(notificationRecipients({ kind: "assigned", assignee_id: "ann" }, a)).toEqual([{ user_id: "ann", reason: "assigned" }])
  })
})
