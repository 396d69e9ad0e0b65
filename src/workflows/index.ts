export * from "./department"
export * from "./events"
export * from "./settings"
export * from "./ticket"
