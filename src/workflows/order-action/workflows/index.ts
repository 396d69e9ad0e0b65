export * from "./cancel-order-from-ticket"
export * from "./refund-order-payment-from-ticket"
export * from "./resend-order-confirmation"
export * from "./return-order-items-from-ticket"
