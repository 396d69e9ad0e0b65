import { Plus, XMark } from "@medusajs/icons"
import { Button, IconButton, Input, Label, Text } from "@medusajs/ui"
import { useFieldArray, UseFormReturn } from "react-hook-form"
import { useHelpdeskT } from "../lib/i18n"
import { FormBuilderValues } from "./form-builder-values"

/** The choices of a select field: the value kept on the ticket, and the label in each language. */
export const FormFieldOptions = ({ form, index }: { form: UseFormReturn<FormBuilderValues>; index: number }) => {
  const t = useHelpdeskT("forms")
  const name = `fields.${index}.options` as const
  const { fields, append, remove } = useFieldArray({ control: form.control, name })
  const errors = form.formState.errors.fields?.[index]?.options
  const listError = errors?.root?.message ?? errors?.message

  return (
    <fieldset className="flex flex-col gap-y-2 col-span-full">
      <legend className="mb-1"><Label size="small" weight="plus">{t("options.heading")}</Label></legend>
      {fields.length > 0 && (
        <div className="grid gap-2" style={{ gridTemplateColumns: "1fr 1fr 1fr auto" }}>
          <Text size="xsmall" className="text-ui-fg-subtle">{t("options.value")}</Text>
          <Text size="xsmall" className="text-ui-fg-subtle">{t("fields.label_en")}</Text>
          <Text size="xsmall" className="text-ui-fg-subtle">{t("fields.label_ru")}</Text>
          <span />
          {fields.map((item, j) => (
            <div key={item.id} className="contents">
              <Input size="small" aria-label={`${t("options.value")} ${j + 1}`} {...form.register(`${name}.${j}.value`)} aria-invalid={!!errors?.[j]?.value} />
              <Input size="small" aria-label={`${t("fields.label_en")} ${j + 1}`} {...form.register(`${name}.${j}.label_en`)} aria-invalid={!!errors?.[j]?.label_en} />
              <Input size="small" aria-label={`${t("fields.label_ru")} ${j + 1}`} {...form.register(`${name}.${j}.label_ru`)} />
              <IconButton size="small" variant="transparent" type="button" aria-label={t("options.remove")} onClick={() => remove(j)}><XMark /></IconButton>
            </div>
          ))}
        </div>
      )}
      {listError && <Text size="xsmall" className="text-ui-fg-error" role="alert">{t(listError)}</Text>}
      {Array.isArray(errors) && errors.some(Boolean) && <Text size="xsmall" className="text-ui-fg-error">{t("errors.option_row")}</Text>}
      <Button size="small" variant="secondary" type="button" className="w-fit" onClick={() => append({ value: `option_${fields.length + 1}`, label_en: "", label_ru: "" })}>
        <Plus />
        {t("options.add")}
      </Button>
    </fieldset>
  )
}
