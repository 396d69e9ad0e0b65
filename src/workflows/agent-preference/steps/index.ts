export * from "./save-agent-preferences"
