import Medusa from "@medusajs/js-sdk"

/** The store backend the admin talks to ("/" when served by it). */
export const backendUrl = typeof __BACKEND_URL__ !== "undefined" && __BACKEND_URL__ ? __BACKEND_URL__ : "/"

export const sdk = new Medusa({
  baseUrl: backendUrl,
  auth: { type: "session" },
})
