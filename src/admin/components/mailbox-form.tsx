import { zodResolver } from "@hookform/resolvers/zod"
import { Button, Drawer, Heading, Input, Label, Select, Switch, Text, toast } from "@medusajs/ui"
import { ReactNode, useMemo } from "react"
import { Controller, useForm } from "react-hook-form"
import { z } from "zod"
import { AdminMailbox, useSaveMailbox } from "../hooks/api/mailboxes"
import { useHelpdeskT } from "../lib/i18n"

const schema = (t: (key: string) => string) => {
  const port = z.coerce.number().int().min(1, "1–65535").max(65535, "1–65535")
  return z.object({
    name: z.string().trim().min(1, t("mailbox_form.errors.name")),
    address: z.email(t("mailbox_form.errors.address")),
    language: z.enum(["en", "ru"]),
    enabled: z.boolean(),
    imap_host: z.string().trim().min(1, t("mailbox_form.errors.imap_host")),
    imap_port: port,
    imap_secure: z.boolean(),
    imap_user: z.string().trim().min(1, t("mailbox_form.errors.imap_user")),
    imap_password: z.string(),
    imap_folder: z.string().trim().min(1),
    smtp_host: z.string().trim(),
    smtp_port: z.union([port, z.literal("")]),
    smtp_secure: z.boolean(),
    smtp_user: z.string().trim(),
    smtp_password: z.string(),
    receipt_enabled: z.boolean(),
    antispam_enabled: z.boolean(),
  })
}
type MailboxFormValues = z.infer<ReturnType<typeof schema>>

const defaults = (m?: AdminMailbox): MailboxFormValues => ({
  name: m?.name ?? "Support",
  address: m?.address ?? "",
  language: m?.language === "ru" ? "ru" : "en",
  enabled: m?.enabled ?? true,
  imap_host: m?.imap_host ?? "",
  imap_port: m?.imap_port ?? 993,
  imap_secure: m?.imap_secure ?? true,
  imap_user: m?.imap_user ?? "",
  imap_password: "",
  imap_folder: m?.imap_folder ?? "INBOX",
  smtp_host: m?.smtp_host ?? "",
  smtp_port: m?.smtp_port ?? 465,
  smtp_secure: m?.smtp_secure ?? true,
  smtp_user: m?.smtp_user ?? "",
  smtp_password: "",
  receipt_enabled: m?.receipt_enabled ?? true,
  antispam_enabled: m?.antispam_enabled ?? false,
})

/** Adds or edits a mailbox. Passwords are write-only: empty keeps the stored one. */
export const MailboxFormDrawer = ({ mailbox, open, onOpenChange }: { mailbox?: AdminMailbox; open: boolean; onOpenChange: (open: boolean) => void }) => {
  const t = useHelpdeskT("content")
  const save = useSaveMailbox()
  const resolver = useMemo(() => zodResolver(schema(t)), [t.language])
  const form = useForm<MailboxFormValues>({ resolver: resolver as never, values: defaults(mailbox) })
  const { errors } = form.formState

  const onSubmit = form.handleSubmit(async ({ imap_password, smtp_password, smtp_port, smtp_host, smtp_user, ...values }) => {
    try {
      const saved = await save.mutateAsync({
        ...values,
        id: mailbox?.id,
        smtp_host: smtp_host || null,
        smtp_port: smtp_port === "" ? null : smtp_port,
        smtp_user: smtp_user || null,
        ...(imap_password ? { imap_password } : {}),
        ...(smtp_password ? { smtp_password } : {}),
      })
      // A changed server clears its stored password rather than send it there: say so, and keep the drawer open to enter it.
      if (saved.passwords_cleared?.length) {
        toast.warning(saved.message ?? t("mailbox_form.password_cleared"))
        return
      }
      toast.success(mailbox ? t("mailbox_form.saved") : t("mailbox_form.added"))
      onOpenChange(false)
    } catch (error) {
      toast.error((error as Error).message)
    }
  })

  const field = (name: keyof MailboxFormValues, label: string, input: ReactNode) => (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={name} size="small">{label}</Label>
      {input}
      {errors[name] && <Text size="small" className="text-ui-fg-error">{errors[name]?.message as string}</Text>}
    </div>
  )
  const text = (name: keyof MailboxFormValues, label: string, props: Record<string, unknown> = {}) =>
    field(name, label, <Input id={name} size="small" {...form.register(name)} {...props} />)
  const toggle = (name: keyof MailboxFormValues, label: string) => (
    <Controller control={form.control} name={name} render={({ field: f }) => (
      <div className="flex items-center gap-x-2">
        <Switch id={name} checked={!!f.value} onCheckedChange={f.onChange} />
        <Label htmlFor={name} size="small">{label}</Label>
      </div>
    )} />
  )
  const stored = (set?: boolean) => (set ? { placeholder: t("mailbox_form.password_stored") } : {})

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header><Heading>{mailbox ? t("mailbox_form.edit_title", { name: mailbox.name }) : t("mailbox_form.new_title")}</Heading></Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {text("name", t("mailbox_form.fields.name"))}
            {text("address", t("mailbox_form.fields.address"), { type: "email" })}
            {field("language", t("mailbox_form.fields.language"), (
              <Controller control={form.control} name="language" render={({ field: f }) => (
                <Select size="small" value={f.value} onValueChange={f.onChange}>
                  <Select.Trigger id="language"><Select.Value /></Select.Trigger>
                  <Select.Content>
                    <Select.Item value="en">{t("languages.en")}</Select.Item>
                    <Select.Item value="ru">{t("languages.ru")}</Select.Item>
                  </Select.Content>
                </Select>
              )} />
            ))}
            {toggle("enabled", t("mailbox_form.fields.enabled"))}
            <Heading level="h3">{t("mailbox_form.imap")}</Heading>
            <div className="grid grid-cols-[1fr_96px] gap-3">{text("imap_host", t("mailbox_form.fields.host"))}{text("imap_port", t("mailbox_form.fields.port"), { type: "number" })}</div>
            {toggle("imap_secure", "TLS")}
            {text("imap_user", t("mailbox_form.fields.user"))}
            {text("imap_password", t("mailbox_form.fields.password"), { type: "password", autoComplete: "new-password", ...stored(mailbox?.imap_password_set) })}
            {text("imap_folder", t("mailbox_form.fields.folder"))}
            <Heading level="h3">{t("mailbox_form.smtp")}</Heading>
            <div className="grid grid-cols-[1fr_96px] gap-3">{text("smtp_host", t("mailbox_form.fields.host"))}{text("smtp_port", t("mailbox_form.fields.port"), { type: "number" })}</div>
            {toggle("smtp_secure", "TLS")}
            {text("smtp_user", t("mailbox_form.fields.user"))}
            {text("smtp_password", t("mailbox_form.fields.password"), { type: "password", autoComplete: "new-password", ...stored(mailbox?.smtp_password_set) })}
            <Heading level="h3">{t("mailbox_form.replies")}</Heading>
            {toggle("receipt_enabled", t("mailbox_form.fields.receipt_enabled"))}
            {toggle("antispam_enabled", t("mailbox_form.fields.antispam_enabled"))}
            <Text size="small" className="text-ui-fg-subtle">{t("mailbox_form.templates_hint")}</Text>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild><Button size="small" variant="secondary" type="button">{t("actions.cancel")}</Button></Drawer.Close>
            <Button size="small" type="submit" isLoading={save.isPending}>{t("actions.save")}</Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
