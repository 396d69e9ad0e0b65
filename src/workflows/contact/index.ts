export * from "./steps/revoke-guest-links"
export * from "./workflows/revoke-guest-links"
export * from "./utils/signed-links"
