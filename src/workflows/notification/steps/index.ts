export * from "./compose-agent-notifications"
export * from "./create-feed-notification"
export * from "./save-notification-preferences"
