import { zodResolver } from "@hookform/resolvers/zod"
import { Input, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { TicketDialogProps, useUpdateTicket } from "../hooks/api/ticket-dialogs"
import { useHelpdeskT } from "../lib/i18n"
import { ActionDrawer, failed, submitWith } from "./action-drawer"
import { DrawerField } from "./drawer-field"

/** Edit the ticket's subject (SPEC §5); the history keeps the old and new one. */
export const TicketSubjectDialog = ({ ticket, open, onClose }: TicketDialogProps) => {
  const t = useHelpdeskT("dialogs")
  const update = useUpdateTicket(ticket.id)
  const schema = z.object({ subject: z.string().trim().min(1, t("subject.required")).max(500) })
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { subject: ticket.subject },
  })

  const submit = submitWith(form, async ({ subject }) => {
    if (subject === ticket.subject) return true
    try {
      await update.mutateAsync({ subject })
      toast.success(t("subject.done"))
      return true
    } catch (error) {
      return failed(error)
    }
  })

  return (
    <ActionDrawer open={open} onClose={onClose} title={t("subject.title")} confirmText={t("subject.submit")} onConfirm={submit}>
      <DrawerField id="ticket-subject" label={t("subject.label")} error={form.formState.errors.subject?.message}>
        <Input id="ticket-subject" autoFocus {...form.register("subject")} />
      </DrawerField>
    </ActionDrawer>
  )
}
