import { MailTemplate, MailTemplateKind } from "./kinds"
import { renderTemplate, TemplateValues } from "./render"
import { SAMPLE_TEMPLATE_VALUES } from "./sample-values"
import { textToHtml } from "./text-to-html"
import { validateKindTemplate } from "./validate-kind-template"

export interface RenderedMail {
  subject: string
  text: string
  /** A fragment; values are escaped because the whole text is (as in reply mail). */
  html: string
}

/**
 * A template as its mail would read, checked against its kind first so a
 * draft with a variable the kind cannot fill is refused, not shown empty.
 */
export function previewMailTemplate(
  kind: MailTemplateKind,
  template: MailTemplate,
  values: TemplateValues = SAMPLE_TEMPLATE_VALUES
): RenderedMail {
  validateKindTemplate(kind, "subject", template.subject)
  validateKindTemplate(kind, "body", template.body)
  // A subject is one header line: a value with line breaks must not split it.
  const subject = renderTemplate(template.subject, values).replace(/\s*[\r\n]+\s*/g, " ").trim()
  const text = renderTemplate(template.body, values).trim()
  return { subject, text, html: textToHtml(text) }
}
