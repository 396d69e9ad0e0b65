import { zodResolver } from "@hookform/resolvers/zod"
import { Button, Label, Select, Text, toast } from "@medusajs/ui"
import { Controller, useForm } from "react-hook-form"
import { z } from "zod"
import { useMailboxes } from "../hooks/api/mailboxes"
import { AdminHelpdeskSettings, useUpdateHelpdeskSettings } from "../hooks/api/team"
import { useHelpdeskT } from "../lib/i18n"
import { SelectOptions } from "./select-options"
import { errorMessage } from "./team-supervisor-notice"

// Select has no empty value: this stands for "no default mailbox".
const NONE = "none"
const GeneralSettingsForm = z.object({ default_mailbox_id: z.string().min(1) })
type GeneralSettingsValues = z.infer<typeof GeneralSettingsForm>

/** The editable helpdesk-wide settings; disabled for agents who are no supervisor. */
export const SettingsGeneralForm = ({ settings, disabled }: { settings: AdminHelpdeskSettings; disabled: boolean }) => {
  const t = useHelpdeskT("team")
  const mailboxes = useMailboxes().data?.mailboxes ?? []
  const save = useUpdateHelpdeskSettings()
  const form = useForm<GeneralSettingsValues>({
    resolver: zodResolver(GeneralSettingsForm) as never,
    values: { default_mailbox_id: settings.default_mailbox_id ?? NONE },
  })

  const onSubmit = form.handleSubmit(async ({ default_mailbox_id }) => {
    try {
      await save.mutateAsync({ default_mailbox_id: default_mailbox_id === NONE ? null : default_mailbox_id })
      toast.success(t("general.saved"))
    } catch (error) {
      toast.error(errorMessage(error))
    }
  })

  const options = [
    { value: NONE, label: t("general.no_mailbox") },
    ...mailboxes.map((m) => ({ value: m.id, label: `${m.name} <${m.address}>` })),
  ]
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-y-4 px-6 py-4" data-testid="general-settings-form">
      <div className="flex max-w-[560px] flex-col gap-y-1">
        <Label htmlFor="default_mailbox_id" size="small" weight="plus">{t("general.default_mailbox")}</Label>
        <Controller
          control={form.control}
          name="default_mailbox_id"
          render={({ field }) => (
            <Select value={field.value} onValueChange={field.onChange} disabled={disabled} size="small">
              <Select.Trigger id="default_mailbox_id" aria-label={t("general.default_mailbox")}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <SelectOptions options={options} />
              </Select.Content>
            </Select>
          )}
        />
        <Text size="small" className="text-ui-fg-subtle">
          {mailboxes.length ? t("general.default_mailbox_hint") : t("general.no_mailboxes_yet")}
        </Text>
      </div>
      <div>
        <Button size="small" type="submit" disabled={disabled || !form.formState.isDirty} isLoading={save.isPending}>
          {t("save")}
        </Button>
      </div>
    </form>
  )
}
