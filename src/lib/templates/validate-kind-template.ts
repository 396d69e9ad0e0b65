import { hasSubject, KIND_VARIABLES, MailTemplateKind } from "./kinds"
import { TEMPLATE_VARIABLES, TemplateError, templateVariables } from "./render"

const list = (names: readonly string[]) => names.map((n) => `{{${n}}}`).join(", ")

/**
 * Checks one part of one kind's template when it is saved. Stricter than
 * `validateTemplate`: a variable that exists but that this kind of mail
 * cannot fill (MESSAGE in a signature) is refused too, since it would be sent empty.
 * Messages name the kind and the variable, so the person editing knows what to fix.
 */
export function validateKindTemplate(kind: MailTemplateKind, part: "subject" | "body", template: string): void {
  if (part === "subject" && !hasSubject(kind) && template !== "") {
    throw new TemplateError(`The ${kind} template has no subject of its own: it is part of the agent's reply mail.`)
  }
  let used: string[]
  try {
    used = templateVariables(template)
  } catch (error) {
    throw new TemplateError(`The ${kind} template's ${part}: ${(error as Error).message}`)
  }
  const allowed = KIND_VARIABLES[kind]
  const unknown = used.filter((name) => !(TEMPLATE_VARIABLES as readonly string[]).includes(name))
  const misplaced = used.filter((name) => !unknown.includes(name) && !(allowed as readonly string[]).includes(name))
  if (!unknown.length && !misplaced.length) return
  const problems = [
    unknown.length && `unknown template variable(s) ${list(unknown)}`,
    misplaced.length && `${list(misplaced)} cannot be used in a ${kind} mail`,
  ].filter(Boolean)
  throw new TemplateError(`The ${kind} template's ${part}: ${problems.join("; ")}. It can use ${list(allowed)}.`)
}
