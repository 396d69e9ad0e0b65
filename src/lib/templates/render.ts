import Handlebars from "handlebars"

/** The variables templates may use (SPEC §6 "Templates"); anything else is refused on save. */
export const TEMPLATE_VARIABLES = [
  "MY_NAME",
  "CUSTOMER_NAME",
  "TICKET_NUMBER",
  "TICKET_SUBJECT",
  "MESSAGE",
  "REQUEST_LIST_URL",
  "REQUEST_CONFIRM_URL",
  "STORE_NAME",
  /** The ticket's page in the admin: for agents' notifications only. */
  "TICKET_URL",
] as const
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number]
export type TemplateValues = Partial<Record<TemplateVariable, string | number | null>>

export class TemplateError extends Error {}

/** Every `{{NAME}}` a template uses, or an error for syntax and constructs we do not offer. */
function usedVariables(template: string): string[] {
  let program: hbs.AST.Program
  try {
    program = Handlebars.parse(template)
  } catch (error) {
    throw new TemplateError(`The template cannot be read: ${(error as Error).message.split("\n")[0]}`)
  }
  const names: string[] = []
  for (const node of program.body) {
    if (node.type === "MustacheStatement") {
      const mustache = node as hbs.AST.MustacheStatement
      const path = mustache.path as hbs.AST.PathExpression
      if (path.type !== "PathExpression" || mustache.params.length || path.parts.length !== 1) {
        throw new TemplateError("Only plain variables like {{CUSTOMER_NAME}} can be used in templates.")
      }
      names.push(path.original)
    } else if (node.type !== "ContentStatement" && node.type !== "CommentStatement") {
      throw new TemplateError("Only plain variables like {{CUSTOMER_NAME}} can be used in templates.")
    }
  }
  return names
}

/** The distinct variables a template uses, e.g. to check them against what one kind of mail offers. */
export function templateVariables(template: string): string[] {
  return [...new Set(usedVariables(template))]
}

/**
 * Checks a template when it is saved: refuses unknown variables by name, so a
 * typo is caught by the person writing it, not found later in a sent mail.
 */
export function validateTemplate(template: string): void {
  const unknown = templateVariables(template).filter(
    (name) => !(TEMPLATE_VARIABLES as readonly string[]).includes(name)
  )
  if (unknown.length) {
    throw new TemplateError(
      `Unknown template variable(s): ${unknown.map((n) => `{{${n}}}`).join(", ")}. Available: ${TEMPLATE_VARIABLES.map(
        (n) => `{{${n}}}`
      ).join(", ")}.`
    )
  }
}

/**
 * Renders a template. For "html", values are HTML-escaped; for "text" (plain
 * mail bodies, the reply editor) they are inserted as they are.
 */
export function renderTemplate(template: string, values: TemplateValues, format: "html" | "text" = "text"): string {
  validateTemplate(template)
  const compiled = Handlebars.compile(template, { noEscape: format === "text", strict: false })
  const data = Object.fromEntries(TEMPLATE_VARIABLES.map((name) => [name, values[name] ?? ""]))
  return compiled(data)
}
