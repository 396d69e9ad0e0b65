/** The languages the default templates are written in (SPEC §5 "Language"). */
export const TEMPLATE_LANGUAGES = ["en", "ru"] as const
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number]

/** A contact's language ("ru", "ru-RU", "RU") as one we have templates for; English otherwise. */
export function templateLanguage(language?: string | null): TemplateLanguage {
  return language && /^ru/i.test(language.trim()) ? "ru" : "en"
}
