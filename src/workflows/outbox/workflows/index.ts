export * from "./send-outbound-mails"
export * from "./resend-outbound-mails"
