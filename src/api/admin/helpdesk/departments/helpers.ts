import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const departmentFields = [
  "id",
  "name",
  "description",
  "is_public",
  "created_at",
  "updated_at",
  "members.id",
  "members.user_id",
  "members.user.email",
  "members.user.first_name",
  "members.user.last_name",
]

export async function listDepartments(container: MedusaContainer, filters: Record<string, unknown> = {}) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "department",
    fields: departmentFields,
    filters,
    pagination: { order: { name: "ASC" } },
  })
  return data
}

export async function refetchDepartment(container: MedusaContainer, id: string) {
  const [department] = await listDepartments(container, { id })
  if (!department) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Department ${id} was not found.`)
  }
  return department
}
