export * from "./create-ticket-events"
export * from "./create-ticket-messages"
export * from "./create-tickets"
export * from "./validate-ticket-references"
