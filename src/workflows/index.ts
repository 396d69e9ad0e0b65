export * from "./events"
export * from "./ticket"
