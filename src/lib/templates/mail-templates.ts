import { DEFAULT_TEMPLATES } from "./defaults"
import { MailTemplate, MailTemplateKind } from "./kinds"
import { templateLanguage, TemplateLanguage } from "./language"

export type { MailTemplate, MailTemplateKind } from "./kinds"
export { MAIL_TEMPLATE_KINDS } from "./kinds"

/** One language's override of one kind; a part left out falls back to what is below it. */
export interface TemplateOverride {
  subject?: string
  body?: string
}

/**
 * The shape of `mailbox.templates`: overrides by kind, then by language, e.g.
 * `{ "receipt": { "ru": { "subject": "…", "body": "…" } }, "signature": { "en": { "body": "--\n{{MY_NAME}}" } } }`.
 */
export type MailboxTemplateOverrides = Partial<Record<MailTemplateKind, Partial<Record<TemplateLanguage, TemplateOverride>>>>

/**
 * The columns mailboxes had before `templates`: one body for every language.
 * They still count, below a language's own override.
 */
export const LEGACY_TEMPLATE_COLUMNS = {
  signature: "signature",
  receipt: "receipt_template",
  confirmation: "confirmation_template",
} as const satisfies Partial<Record<MailTemplateKind, string>>

export interface MailboxTemplateFields {
  signature?: string | null
  receipt_template?: string | null
  confirmation_template?: string | null
  templates?: unknown
}

export function defaultMailTemplate(kind: MailTemplateKind, language?: string | null): MailTemplate {
  return { ...DEFAULT_TEMPLATES[templateLanguage(language)][kind] }
}

/** The legacy column of a kind, when the kind has one and it is set. */
export function legacyTemplate(mailbox: MailboxTemplateFields, kind: MailTemplateKind): string | null {
  const column = (LEGACY_TEMPLATE_COLUMNS as Partial<Record<MailTemplateKind, keyof MailboxTemplateFields>>)[kind]
  const value = column ? mailbox[column] : null
  return typeof value === "string" && value !== "" ? value : null
}

/** A mailbox's override of a kind in a language; anything malformed in the stored JSON counts as absent. */
export function templateOverride(mailbox: MailboxTemplateFields, kind: MailTemplateKind, language: TemplateLanguage): TemplateOverride {
  const byKind = isObject(mailbox.templates) ? mailbox.templates[kind] : undefined
  const entry = isObject(byKind) ? byKind[language] : undefined
  if (!isObject(entry)) return {}
  return {
    ...(typeof entry.subject === "string" && { subject: entry.subject }),
    ...(typeof entry.body === "string" && { body: entry.body }),
  }
}

/** The template a mailbox sends, with whether any part of it differs from the default. */
export function resolveMailboxTemplate(
  mailbox: MailboxTemplateFields,
  kind: MailTemplateKind,
  language?: string | null
): MailTemplate & { overridden: boolean } {
  const lang = templateLanguage(language)
  const fallback = DEFAULT_TEMPLATES[lang][kind]
  const override = templateOverride(mailbox, kind, lang)
  const legacy = legacyTemplate(mailbox, kind)
  return {
    subject: override.subject ?? fallback.subject,
    body: override.body ?? legacy ?? fallback.body,
    overridden: override.subject !== undefined || override.body !== undefined || legacy !== null,
  }
}

/** What a mailbox sends for a kind: its override in that language, else its legacy column (body only), else the default. */
export function mailboxTemplate(mailbox: MailboxTemplateFields, kind: MailTemplateKind, language?: string | null): MailTemplate {
  const { subject, body } = resolveMailboxTemplate(mailbox, kind, language)
  return { subject, body }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}
