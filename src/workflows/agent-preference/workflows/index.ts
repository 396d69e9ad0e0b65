export * from "./update-agent-preferences"
