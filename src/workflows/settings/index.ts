export * from "./steps/update-settings"
export * from "./workflows/update-settings"
