import { zodResolver } from "@hookform/resolvers/zod"
import { Checkbox, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { Controller, useForm } from "react-hook-form"
import { z } from "zod"
import { TicketDialogProps, useForwardTicket } from "../hooks/api/ticket-dialogs"
import { useHelpdeskT } from "../lib/i18n"
import { ActionDrawer, failed, submitWith } from "./action-drawer"
import { DrawerField } from "./drawer-field"

const kilobytes = (size: number) => `${Math.max(1, Math.round(size / 1024))} KB`

/**
 * Forward for discussion (F-FORWARD): to a colleague's address, with a
 * message and, if wanted, files of the ticket. The server quotes the
 * customer's latest message and moves the ticket to Discussion.
 */
export const TicketForwardDialog = ({ ticket, open, onClose }: TicketDialogProps) => {
  const t = useHelpdeskT("dialogs")
  const forward = useForwardTicket(ticket.id)
  const schema = z.object({
    to: z.email(t("forward.to_invalid")),
    body_text: z.string().trim().min(1, t("forward.body_required")),
    attachment_ids: z.array(z.string()),
  })
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { to: "", body_text: "", attachment_ids: [] },
  })
  const { errors } = form.formState
  const files = (ticket.messages ?? []).flatMap((m) => (m.attachments ?? []).filter((a) => !a.inline))

  const submit = submitWith(form, async ({ to, body_text, attachment_ids }) => {
    try {
      await forward.mutateAsync({ to, body_text, attachment_ids: attachment_ids.length ? attachment_ids : undefined })
      toast.success(t("forward.done", { to }))
      return true
    } catch (error) {
      return failed(error)
    }
  })

  return (
    <ActionDrawer
      open={open}
      onClose={onClose}
      title={t("forward.title", { number: ticket.number })}
      description={t("forward.intro")}
      confirmText={t("forward.submit")}
      onConfirm={submit}
    >
      <DrawerField id="forward-to" label={t("forward.to")} error={errors.to?.message}>
        <Input id="forward-to" type="email" placeholder={t("forward.to_placeholder")} {...form.register("to")} />
      </DrawerField>
      <DrawerField id="forward-body" label={t("forward.body")} error={errors.body_text?.message}>
        <Textarea id="forward-body" rows={6} placeholder={t("forward.body_placeholder")} {...form.register("body_text")} />
      </DrawerField>
      <div className="flex flex-col gap-y-2">
        <Text size="small" weight="plus">
          {t("forward.attachments")}
        </Text>
        {!files.length && (
          <Text size="small" className="text-ui-fg-subtle">
            {t("forward.no_attachments")}
          </Text>
        )}
        <Controller
          control={form.control}
          name="attachment_ids"
          render={({ field }) => (
            <>
              {files.map((file) => (
                <div key={file.id} className="flex items-center gap-x-2">
                  <Checkbox
                    id={`forward-file-${file.id}`}
                    checked={field.value.includes(file.id)}
                    onCheckedChange={(checked) =>
                      field.onChange(checked === true ? [...field.value, file.id] : field.value.filter((id) => id !== file.id))
                    }
                  />
                  <Label htmlFor={`forward-file-${file.id}`} size="small">
                    {file.filename} <span className="text-ui-fg-subtle">({kilobytes(file.size)})</span>
                  </Label>
                </div>
              ))}
            </>
          )}
        />
      </div>
    </ActionDrawer>
  )
}
