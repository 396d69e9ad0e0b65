import { isMailTemplateKind, MailTemplateKind } from "./kinds"
import { TEMPLATE_LANGUAGES, TemplateLanguage } from "./language"
import {
  LEGACY_TEMPLATE_COLUMNS,
  legacyTemplate,
  MailboxTemplateFields,
  MailboxTemplateOverrides,
  templateOverride,
} from "./mail-templates"
import { TemplateError } from "./render"
import { validateKindTemplate } from "./validate-kind-template"

export interface TemplateProblem {
  path: (string | number)[]
  message: string
}

/** Every variable problem in a `templates` value, each with where it is, for a 400 that names it. */
export function templateOverrideProblems(templates: MailboxTemplateOverrides | null | undefined): TemplateProblem[] {
  const problems: TemplateProblem[] = []
  for (const [kind, byLanguage] of Object.entries(templates ?? {})) {
    if (!isMailTemplateKind(kind)) {
      problems.push({ path: [kind], message: `There is no mail template kind "${kind}".` })
      continue
    }
    for (const [language, override] of Object.entries(byLanguage ?? {})) {
      for (const part of ["subject", "body"] as const) {
        const template = override?.[part]
        if (typeof template !== "string") continue
        try {
          validateKindTemplate(kind, part, template)
        } catch (error) {
          if (!(error instanceof TemplateError)) throw error
          problems.push({ path: [kind, language, part], message: `templates.${kind}.${language}: ${error.message}` })
        }
      }
    }
  }
  return problems
}

/** What an edit of one kind in one language writes; `null` drops that part's override, `undefined` keeps it. */
export interface TemplateOverrideChange {
  subject?: string | null
  body?: string | null
}

/** `templates` with one kind's override in one language changed; empty entries are dropped. */
export function withTemplateOverride(
  mailbox: MailboxTemplateFields,
  kind: MailTemplateKind,
  language: TemplateLanguage,
  change: TemplateOverrideChange
): MailboxTemplateOverrides {
  const next = { ...templateOverride(mailbox, kind, language) }
  for (const part of ["subject", "body"] as const) {
    const value = change[part]
    if (value === null) delete next[part]
    else if (value !== undefined) next[part] = value
  }
  return setEntry(storedOverrides(mailbox), kind, language, next)
}

/**
 * The changes that bring a kind back to its default, in one language or in
 * all. A legacy column holds one body for every language, so resetting one
 * language copies it into the other languages' overrides before clearing it:
 * they keep what they sent, the reset language gets the default.
 */
export function withoutTemplateOverride(
  mailbox: MailboxTemplateFields,
  kind: MailTemplateKind,
  language?: TemplateLanguage
): { templates: MailboxTemplateOverrides } & Partial<Record<(typeof LEGACY_TEMPLATE_COLUMNS)[keyof typeof LEGACY_TEMPLATE_COLUMNS], null>> {
  let templates = storedOverrides(mailbox)
  const legacy = legacyTemplate(mailbox, kind)
  for (const lang of TEMPLATE_LANGUAGES) {
    if (language === undefined || lang === language) {
      templates = setEntry(templates, kind, lang, {})
    } else if (legacy !== null) {
      const own = templateOverride(mailbox, kind, lang)
      templates = setEntry(templates, kind, lang, { body: legacy, ...own })
    }
  }
  const column = (LEGACY_TEMPLATE_COLUMNS as Partial<Record<MailTemplateKind, string>>)[kind]
  return { templates, ...(column && legacy !== null && { [column]: null }) }
}

function storedOverrides(mailbox: MailboxTemplateFields): MailboxTemplateOverrides {
  const stored = mailbox.templates
  return typeof stored === "object" && stored !== null && !Array.isArray(stored) ? (stored as MailboxTemplateOverrides) : {}
}

function setEntry(
  templates: MailboxTemplateOverrides,
  kind: MailTemplateKind,
  language: TemplateLanguage,
  entry: { subject?: string; body?: string }
): MailboxTemplateOverrides {
  const byLanguage = { ...templates[kind] }
  if (entry.subject === undefined && entry.body === undefined) delete byLanguage[language]
  else byLanguage[language] = entry
  const next = { ...templates }
  if (Object.keys(byLanguage).length) next[kind] = byLanguage
  else delete next[kind]
  return next
}
