import { ArrowDownMini, ArrowUpMini, PencilSquare, Trash } from "@medusajs/icons"
import { Badge, IconButton, Input, Label, Switch, Text } from "@medusajs/ui"
import { Controller, UseFormReturn } from "react-hook-form"
import { FORM_FIELD_TYPES, standardTypeOf } from "../hooks/api/forms"
import { useHelpdeskT } from "../lib/i18n"
import { FormBuilderValues, keyFromLabel, labelIn } from "./form-builder-values"
import { FormFieldOptions } from "./form-field-options"
import { BuilderField, BuilderSelect } from "./form-inputs"

interface Props {
  form: UseFormReturn<FormBuilderValues>
  index: number
  count: number
  expanded: boolean
  onToggle: () => void
  onMove: (to: number) => void
  onRemove: () => void
}

/**
 * One field of the form: a summary line with its actions, and when expanded
 * its label (both languages), key, kind, required flag and options. The
 * standard four keep their key and kind; "email" stays required, because the
 * ticket is answered there.
 */
export const FormFieldCard = ({ form, index, count, expanded, onToggle, onMove, onRemove }: Props) => {
  const t = useHelpdeskT("forms")
  const path = `fields.${index}` as const
  const field = form.watch(path)
  const errors = form.formState.errors.fields?.[index]
  // Mid-removal the array may be one shorter than the cards being drawn.
  if (!field) return null
  const standard = !!standardTypeOf(field.key)
  const isEmail = field.key === "email"
  const title = labelIn(field, form.watch("language")) || t("fields.untitled")
  const invalid = !!errors && !expanded

  // A field added here is named `field_N` until its English label gives it a better key.
  const deriveKey = () => {
    const current = form.getValues(path)
    if (!/^field_\d+$/.test(current.key)) return
    const taken = form.getValues("fields").map((f, i) => (i === index ? "" : f.key))
    const key = keyFromLabel(current.label_en, taken)
    if (key && !standardTypeOf(key)) form.setValue(`${path}.key`, key, { shouldDirty: true })
  }

  return (
    <li className="rounded-lg border border-ui-border-base" style={invalid ? { borderColor: "var(--border-error)" } : undefined} data-testid="form-field-card">
      <div className="flex items-center gap-x-2 px-3 py-2">
        <Text size="small" className="text-ui-fg-muted w-5">{index + 1}</Text>
        <button type="button" className="flex min-w-0 flex-1 items-center gap-x-2 text-left" onClick={onToggle} aria-expanded={expanded}>
          <Text size="small" weight="plus" className="truncate">{title}</Text>
          <Text size="xsmall" className="text-ui-fg-subtle font-mono">{field.key}</Text>
        </button>
        <Badge size="2xsmall">{t(`kinds.${field.type}`)}</Badge>
        {field.required && <Badge size="2xsmall" color="orange">{t("fields.required")}</Badge>}
        {invalid && <Badge size="2xsmall" color="red">{t("fields.check")}</Badge>}
        <IconButton size="small" variant="transparent" type="button" aria-label={t("fields.move_up")} disabled={index === 0} onClick={() => onMove(index - 1)}><ArrowUpMini /></IconButton>
        <IconButton size="small" variant="transparent" type="button" aria-label={t("fields.move_down")} disabled={index === count - 1} onClick={() => onMove(index + 1)}><ArrowDownMini /></IconButton>
        <IconButton size="small" variant="transparent" type="button" aria-label={t("fields.edit")} onClick={onToggle}><PencilSquare /></IconButton>
        <IconButton size="small" variant="transparent" type="button" aria-label={t("fields.remove")} disabled={isEmail} onClick={onRemove}><Trash /></IconButton>
      </div>
      {expanded && (
        <div className="grid grid-cols-1 gap-3 border-t border-ui-border-base px-3 py-3 md:grid-cols-2">
          <BuilderField id={`${path}.label_en`} label={t("fields.label_en")} error={errors?.label_en?.message}>
            <Input id={`${path}.label_en`} size="small" {...form.register(`${path}.label_en`, { onBlur: deriveKey })} />
          </BuilderField>
          <BuilderField id={`${path}.label_ru`} label={t("fields.label_ru")} error={errors?.label_ru?.message}>
            <Input id={`${path}.label_ru`} size="small" {...form.register(`${path}.label_ru`)} />
          </BuilderField>
          <BuilderField id={`${path}.help_en`} label={t("fields.help_en")} error={errors?.help_en?.message} hint={t("fields.help_hint")}>
            <Input id={`${path}.help_en`} size="small" {...form.register(`${path}.help_en`)} />
          </BuilderField>
          <BuilderField id={`${path}.help_ru`} label={t("fields.help_ru")} error={errors?.help_ru?.message}>
            <Input id={`${path}.help_ru`} size="small" {...form.register(`${path}.help_ru`)} />
          </BuilderField>
          <BuilderField id={`${path}.key`} label={t("fields.key")} error={errors?.key?.message} hint={standard ? t("fields.standard_hint") : t("fields.key_hint")}>
            <Input id={`${path}.key`} size="small" className="font-mono" readOnly={standard} {...form.register(`${path}.key`)} />
          </BuilderField>
          <BuilderField id={`${path}.type`} label={t("fields.kind")} error={errors?.type?.message}>
            <Controller control={form.control} name={`${path}.type`} render={({ field: f }) => (
              <BuilderSelect id={`${path}.type`} value={f.value} onChange={f.onChange} disabled={standard} options={FORM_FIELD_TYPES.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
            )} />
          </BuilderField>
          <Controller control={form.control} name={`${path}.required`} render={({ field: f }) => (
            <div className="flex items-center gap-x-2 col-span-full">
              <Switch id={`${path}.required`} checked={f.value} onCheckedChange={f.onChange} disabled={isEmail} />
              <Label htmlFor={`${path}.required`} size="small">{t("fields.required_label")}</Label>
            </div>
          )} />
          {field.type === "select" && <FormFieldOptions form={form} index={index} />}
        </div>
      )}
    </li>
  )
}
