export * from "./steps"
export * from "./workflows"
export * from "./utils/drain-outbox"
