export * from "./create-departments"
export * from "./delete-departments"
export * from "./update-department"
export * from "./update-department-members"
