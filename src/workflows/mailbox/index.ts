export * from "./types"
export * from "./steps"
export * from "./workflows"
