import { MailTemplate, MailTemplateKind } from "../kinds"
import { TemplateLanguage } from "../language"
import { EN_TEMPLATES } from "./en"
import { RU_TEMPLATES } from "./ru"

export const DEFAULT_TEMPLATES: Record<TemplateLanguage, Record<MailTemplateKind, MailTemplate>> = {
  en: EN_TEMPLATES,
  ru: RU_TEMPLATES,
}
