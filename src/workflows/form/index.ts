export * from "./steps"
export * from "./workflows"
export * from "./types"
