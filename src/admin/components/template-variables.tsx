import { Badge, Text } from "@medusajs/ui"
import { useHelpdeskT } from "../lib/i18n"

/** The variables a canned reply may use (the render endpoint fills these). */
export const CANNED_REPLY_VARIABLES = ["MY_NAME", "CUSTOMER_NAME", "TICKET_NUMBER", "TICKET_SUBJECT", "STORE_NAME"]

/** The `{{VARIABLES}}` a template may use; a click inserts one. */
export const TemplateVariables = ({ variables, onInsert }: { variables: readonly string[]; onInsert: (token: string) => void }) => {
  const t = useHelpdeskT("content")
  return (
    <div className="flex flex-col gap-y-1">
      <Text size="xsmall" className="text-ui-fg-subtle">{t("variables.hint")}</Text>
      <div className="flex flex-wrap gap-1">
        {variables.map((name) => (
          <button
            key={name}
            type="button"
            title={t(`variables.names.${name}`, { defaultValue: name })}
            onClick={() => onInsert(`{{${name}}}`)}
          >
            <Badge size="2xsmall" className="cursor-pointer font-mono">{`{{${name}}}`}</Badge>
          </button>
        ))}
      </div>
    </div>
  )
}

/** Appends a token to a text, on its own word. */
export const appendToken = (text: string, token: string) => (text && !/\s$/.test(text) ? `${text} ${token}` : `${text}${token}`)
