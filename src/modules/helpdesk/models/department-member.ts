import { model } from "@medusajs/framework/utils"
import { Department } from "./department"

/** An admin user's membership of a department; the user lives in Medusa's User module. */
export const DepartmentMember = model
  .define({ name: "department_member", tableName: "helpdesk_department_member" }, {
    id: model.id({ prefix: "hdmem" }).primaryKey(),
    department: model.belongsTo(() => Department, { mappedBy: "members" }),
    user_id: model.text(),
  })
  .indexes([
    { on: ["department_id", "user_id"], unique: true },
    { on: ["user_id"] },
  ])
