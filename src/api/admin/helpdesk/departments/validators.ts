import { z } from "@medusajs/framework/zod"

const name = z.string().trim().min(1).max(200)

export const AdminCreateDepartment = z
  .object({
    name,
    description: z.string().trim().max(2_000).nullable().optional(),
    is_public: z.boolean().optional(),
  })
  .strict()
export type AdminCreateDepartmentType = z.infer<typeof AdminCreateDepartment>

export const AdminUpdateDepartment = AdminCreateDepartment.partial().strict()
export type AdminUpdateDepartmentType = z.infer<typeof AdminUpdateDepartment>

export const AdminUpdateDepartmentMembers = z
  .object({
    add: z.array(z.string().trim().min(1)).max(500).optional(),
    remove: z.array(z.string().trim().min(1)).max(500).optional(),
  })
  .strict()
export type AdminUpdateDepartmentMembersType = z.infer<typeof AdminUpdateDepartmentMembers>
