import { AdminUser } from "./types"

export const agentName = (user: AdminUser) =>
  [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email
