import { zodResolver } from "@hookform/resolvers/zod"
import { Button, Drawer, Heading, Input, Label, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { ReactNode } from "react"
import { Controller, useForm } from "react-hook-form"
import { z } from "zod"
import { AdminMailbox, useSaveMailbox } from "../hooks/api/mailboxes"

const port = z.coerce.number().int().min(1, "1–65535").max(65535, "1–65535")
const MailboxForm = z.object({
  name: z.string().trim().min(1, "Name the mailbox"),
  address: z.email("Enter the address customers write to"),
  enabled: z.boolean(),
  imap_host: z.string().trim().min(1, "Enter the IMAP server"),
  imap_port: port,
  imap_secure: z.boolean(),
  imap_user: z.string().trim().min(1, "Enter the IMAP user"),
  imap_password: z.string(),
  imap_folder: z.string().trim().min(1),
  smtp_host: z.string().trim(),
  smtp_port: z.union([port, z.literal("")]),
  smtp_secure: z.boolean(),
  smtp_user: z.string().trim(),
  smtp_password: z.string(),
  receipt_enabled: z.boolean(),
  antispam_enabled: z.boolean(),
  signature: z.string(),
})
type MailboxFormValues = z.infer<typeof MailboxForm>

const defaults = (m?: AdminMailbox): MailboxFormValues => ({
  name: m?.name ?? "Support",
  address: m?.address ?? "",
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
  signature: m?.signature ?? "",
})

/** Adds or edits a mailbox. Passwords are write-only: empty keeps the stored one. */
export const MailboxFormDrawer = ({ mailbox, open, onOpenChange }: { mailbox?: AdminMailbox; open: boolean; onOpenChange: (open: boolean) => void }) => {
  const save = useSaveMailbox()
  const form = useForm<MailboxFormValues>({ resolver: zodResolver(MailboxForm) as never, values: defaults(mailbox) })
  const { errors } = form.formState

  const onSubmit = form.handleSubmit(async ({ imap_password, smtp_password, smtp_port, smtp_host, smtp_user, signature, ...values }) => {
    try {
      const saved = await save.mutateAsync({
        ...values,
        id: mailbox?.id,
        smtp_host: smtp_host || null,
        smtp_port: smtp_port === "" ? null : smtp_port,
        smtp_user: smtp_user || null,
        signature: signature || null,
        ...(imap_password ? { imap_password } : {}),
        ...(smtp_password ? { smtp_password } : {}),
      })
      // A changed server clears its stored password rather than send it there: say so, and keep the drawer open to enter it.
      if (saved.passwords_cleared?.length) {
        toast.warning(saved.message ?? "The server settings changed: enter the password again")
        return
      }
      toast.success(mailbox ? "Mailbox saved" : "Mailbox added; mail is collected on the next run")
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
  const stored = (set?: boolean) => (set ? { placeholder: "Stored; leave empty to keep it" } : {})

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header><Heading>{mailbox ? `Edit ${mailbox.name}` : "Add a mailbox"}</Heading></Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {text("name", "Name")}
            {text("address", "Address customers write to", { type: "email" })}
            {toggle("enabled", "Collect mail from this mailbox")}
            <Heading level="h3">Incoming mail (IMAP)</Heading>
            <div className="grid grid-cols-[1fr_96px] gap-3">{text("imap_host", "Server")}{text("imap_port", "Port", { type: "number" })}</div>
            {toggle("imap_secure", "TLS")}
            {text("imap_user", "User")}
            {text("imap_password", "Password", { type: "password", autoComplete: "new-password", ...stored(mailbox?.imap_password_set) })}
            {text("imap_folder", "Folder")}
            <Heading level="h3">Outgoing mail (SMTP)</Heading>
            <div className="grid grid-cols-[1fr_96px] gap-3">{text("smtp_host", "Server")}{text("smtp_port", "Port", { type: "number" })}</div>
            {toggle("smtp_secure", "TLS")}
            {text("smtp_user", "User")}
            {text("smtp_password", "Password", { type: "password", autoComplete: "new-password", ...stored(mailbox?.smtp_password_set) })}
            <Heading level="h3">Replies</Heading>
            {toggle("receipt_enabled", "Send a receipt for new tickets")}
            {toggle("antispam_enabled", "Ask unknown senders to confirm (anti-spam)")}
            {field("signature", "Signature", <Textarea id="signature" {...form.register("signature")} placeholder="{{MY_NAME}}, {{STORE_NAME}} support" />)}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild><Button size="small" variant="secondary" type="button">Cancel</Button></Drawer.Close>
            <Button size="small" type="submit" isLoading={save.isPending}>Save</Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
