import { model } from "@medusajs/framework/utils"
import { DepartmentMember } from "./department-member"
import { Ticket } from "./ticket"

/** A group of agents. Public departments can be picked by customers. */
export const Department = model
  .define({ name: "department", tableName: "helpdesk_department" }, {
    id: model.id({ prefix: "hdep" }).primaryKey(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    is_public: model.boolean().default(false),
    members: model.hasMany(() => DepartmentMember, { mappedBy: "department" }),
    tickets: model.hasMany(() => Ticket, { mappedBy: "department" }),
  })
  .cascades({ delete: ["members"] })
