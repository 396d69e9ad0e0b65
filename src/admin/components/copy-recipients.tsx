import { Input, Label, Text } from "@medusajs/ui"
import { z } from "zod"
import { useHelpdeskT } from "../lib/i18n"

const email = z.string().email()

/** The addresses typed into a Cc or Bcc field (commas, semicolons or spaces between them), and those that are not addresses. */
export function parseRecipients(value: string): { emails: string[]; invalid: string[] } {
  const parts = value
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean)
  return {
    emails: parts.filter((p) => email.safeParse(p).success),
    invalid: parts.filter((p) => !email.safeParse(p).success),
  }
}

export interface CopyRecipientsValue {
  cc: string
  bcc: string
}

const Field = ({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (v: string) => void }) => {
  const t = useHelpdeskT("composer")
  const { invalid } = parseRecipients(value)
  return (
    <div className="flex flex-col gap-y-1">
      <div className="flex items-center gap-x-2">
        <Label htmlFor={id} size="small" className="w-24 shrink-0">
          {label}
        </Label>
        <Input
          id={id}
          size="small"
          type="text"
          aria-invalid={invalid.length > 0}
          placeholder={t("copies.placeholder")}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
      {invalid.length > 0 && (
        <Text size="small" className="text-ui-fg-error pl-[6.5rem]">
          {t("copies.invalid", { list: invalid.join(", ") })}
        </Text>
      )}
    </div>
  )
}

/** Cc and Bcc of a reply, shown once the agent asks for them. */
export const CopyRecipients = ({ idPrefix, value, onChange }: { idPrefix: string; value: CopyRecipientsValue; onChange: (v: CopyRecipientsValue) => void }) => {
  const t = useHelpdeskT("composer")
  return (
    <div className="flex flex-col gap-y-2">
      <Field id={`${idPrefix}-cc`} label={t("copies.cc")} value={value.cc} onChange={(cc) => onChange({ ...value, cc })} />
      <Field id={`${idPrefix}-bcc`} label={t("copies.bcc")} value={value.bcc} onChange={(bcc) => onChange({ ...value, bcc })} />
    </div>
  )
}
