import common from "./areas/common"
import composer from "./areas/composer"
import content from "./areas/content"
import dialogs from "./areas/dialogs"
import forms from "./areas/forms"
import list from "./areas/list"
import panel from "./areas/panel"
import settings from "./areas/settings"
import team from "./areas/team"
import ticket from "./areas/ticket"
import widgets from "./areas/widgets"

/**
 * The plugin's texts, merged by Medusa into the admin's own i18next resources
 * under `helpdesk.<area>.<key>`, so they follow the language the user picked
 * in the admin (English is the fallback for a missing Russian key).
 */
const areas = { common, composer, content, dialogs, forms, list, panel, settings, team, ticket, widgets }

type Lang = "en" | "ru"
const texts = (lang: Lang) =>
  Object.fromEntries(Object.entries(areas).map(([name, area]) => [name, area[lang]]))

export default {
  en: { translation: { helpdesk: texts("en") } },
  ru: { translation: { helpdesk: texts("ru") } },
}
