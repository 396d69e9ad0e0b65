export * from "./create-tickets"
