export * from "./notify-agents"
export * from "./update-notification-preferences"
