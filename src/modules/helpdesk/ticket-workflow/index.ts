export * from "./default-workflow"
export * from "./plan-transition"
export * from "./ticket-changes"
export * from "./claim"
