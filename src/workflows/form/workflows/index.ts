export * from "./create-forms"
export * from "./delete-forms"
export * from "./submit-form"
export * from "./update-form"
