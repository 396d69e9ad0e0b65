import { Plus } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useFieldArray, UseFormReturn } from "react-hook-form"
import { useHelpdeskT } from "../lib/i18n"
import { FormBuilderValues, freshFieldKey } from "./form-builder-values"
import { FormFieldCard } from "./form-field-card"

/** The form's fields in the order customers see them: add, edit, move up/down, remove. */
export const FormFieldsEditor = ({ form }: { form: UseFormReturn<FormBuilderValues> }) => {
  const t = useHelpdeskT("forms")
  const { fields, append, remove, swap } = useFieldArray({ control: form.control, name: "fields" })
  // The field being edited; a new field opens at once.
  const [open, setOpen] = useState<number | null>(null)
  const rootError = form.formState.errors.fields?.root?.message ?? form.formState.errors.fields?.message

  const add = () => {
    const taken = form.getValues("fields").map((f) => f.key)
    append({ key: freshFieldKey(taken), type: "text", label_en: "", label_ru: "", required: false, options: [], help_en: "", help_ru: "" }, { shouldFocus: false })
    setOpen(fields.length)
  }
  const move = (from: number, to: number) => {
    swap(from, to)
    setOpen((o) => (o === from ? to : o === to ? from : o))
  }
  const drop = (index: number) => {
    remove(index)
    setOpen(null)
  }

  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex items-center justify-between">
        <div>
          <Heading level="h2">{t("fields.heading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("fields.intro")}</Text>
        </div>
        <Button size="small" variant="secondary" type="button" className="shrink-0" onClick={add}>
          <Plus />
          {t("fields.add")}
        </Button>
      </div>
      {rootError && <Text size="small" className="text-ui-fg-error" role="alert">{t(rootError)}</Text>}
      <ol className="flex flex-col gap-y-2" aria-label={t("fields.heading")}>
        {fields.map((item, index) => (
          <FormFieldCard
            key={item.id}
            form={form}
            index={index}
            count={fields.length}
            expanded={open === index}
            onToggle={() => setOpen(open === index ? null : index)}
            onMove={(to) => move(index, to)}
            onRemove={() => drop(index)}
          />
        ))}
      </ol>
    </Container>
  )
}
