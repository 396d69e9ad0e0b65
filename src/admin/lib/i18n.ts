import { useTranslation } from "react-i18next"

export type HelpdeskArea =
  | "common"
  | "composer"
  | "content"
  | "dialogs"
  | "forms"
  | "list"
  | "panel"
  | "settings"
  | "team"
  | "ticket"
  | "widgets"

/**
 * `t` for one area of the plugin's texts (src/admin/i18n/areas/<area>.ts):
 * `const t = useHelpdeskT("team"); t("title")`, with i18next's `{{name}}`
 * interpolation and `_one`/`_other` plurals. Also returns the admin's language.
 */
export const useHelpdeskT = (area: HelpdeskArea) => {
  const { t, i18n } = useTranslation()
  const scoped = (key: string, options?: Record<string, unknown>) => t(`helpdesk.${area}.${key}`, options) as string
  return Object.assign(scoped, { language: i18n.language })
}
