import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import HelpdeskModule from "../modules/helpdesk"

// Read-only: the membership row stores user_id itself.
export default defineLink(
  { linkable: HelpdeskModule.linkable.departmentMember, field: "user_id" },
  UserModule.linkable.user,
  { readOnly: true }
)
