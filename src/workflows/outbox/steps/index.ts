export * from "./claim-outbound-mails"
export * from "./send-outbound-mails"
export * from "./create-outbound-mails"
export * from "./requeue-failed-mails"
