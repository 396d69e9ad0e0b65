export * from "./create-forms"
export * from "./delete-forms"
export * from "./submit-forms"
export * from "./update-form"
