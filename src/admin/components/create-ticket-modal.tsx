import { zodResolver } from "@hookform/resolvers/zod"
import { Badge, Button, FocusModal, Heading, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useForm } from "react-hook-form"
import { useNavigate } from "react-router-dom"
import { z } from "zod"
import { useCreateTicket } from "../hooks/api/tickets"
import { useHelpdeskT } from "../lib/i18n"

/** What a page opening the modal already knows: the customer or order the ticket is about. */
export interface CreateTicketPrefill {
  customer_id?: string
  order_id?: string
  contact_email?: string
  contact_name?: string
  /** Shown in the modal to say which customer the ticket will be linked to. */
  customer_label?: string
  /** The order's number as Medusa shows it (#1001). */
  order_display_id?: number
}

type T = ReturnType<typeof useHelpdeskT>

// A ticket linked to a customer or order may leave the email empty: the server takes theirs.
const createTicketForm = (t: T, linked: boolean) => {
  const email = z.email(t("create_ticket.errors.contact_email"))
  return z.object({
    subject: z.string().trim().min(1, t("create_ticket.errors.subject")),
    contact_email: linked ? z.union([z.literal(""), email]) : email,
    contact_name: z.string().trim().optional(),
    body_text: z.string().trim().min(1, t("create_ticket.errors.body_text")),
  })
}
type CreateTicketFormValues = z.infer<ReturnType<typeof createTicketForm>>

/**
 * Opens a ticket on a customer's behalf, e.g. after a phone call. With a
 * prefill (from a customer's or order's page) the ticket is linked to them.
 */
export const CreateTicketModal = ({ prefill = {} }: { prefill?: CreateTicketPrefill }) => {
  const t = useHelpdeskT("widgets")
  const [open, setOpen] = useState(false)
  const navigate = useNavigate()
  const createTicket = useCreateTicket()
  const linked = !!(prefill.customer_id || prefill.order_id)
  const schema = useMemo(() => createTicketForm(t, linked), [t.language, linked])
  const defaults = {
    subject: "",
    contact_email: prefill.contact_email ?? "",
    contact_name: prefill.contact_name ?? "",
    body_text: "",
  }
  const form = useForm<CreateTicketFormValues>({ resolver: zodResolver(schema), defaultValues: defaults })
  const { errors } = form.formState

  const onOpenChange = (next: boolean) => {
    // The page's customer or order may have loaded or changed since the last time.
    if (next) form.reset(defaults)
    setOpen(next)
  }

  const onSubmit = form.handleSubmit(async ({ body_text, contact_name, contact_email, ...values }) => {
    try {
      const { ticket } = await createTicket.mutateAsync({
        ...values,
        contact_email: contact_email || undefined,
        contact_name: contact_name || undefined,
        customer_id: prefill.customer_id,
        order_id: prefill.order_id,
        message: { body_text, author_type: "customer" },
      })
      toast.success(t("create_ticket.created", { number: ticket.number }))
      setOpen(false)
      navigate(`/helpdesk/${ticket.id}`)
    } catch (error) {
      toast.error((error as Error).message)
    }
  })

  const field = (name: keyof CreateTicketFormValues, input: JSX.Element) => (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={name}>{t(`create_ticket.fields.${name}`)}</Label>
      {input}
      {errors[name] && (
        <Text size="small" className="text-ui-fg-error">
          {errors[name]?.message}
        </Text>
      )}
    </div>
  )

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          {t("create_ticket.trigger")}
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <FocusModal.Header>
            <Button size="small" type="submit" isLoading={createTicket.isPending}>
              {t("create_ticket.submit")}
            </Button>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-16">
            <div className="flex w-full max-w-[720px] flex-col gap-y-6">
              <div>
                <Heading>{t("create_ticket.title")}</Heading>
                <Text className="text-ui-fg-subtle">{t("create_ticket.description")}</Text>
              </div>
              {linked && (
                <div className="flex flex-wrap gap-2" data-testid="create-ticket-links">
                  {prefill.customer_id && (
                    <Badge size="small">
                      {t("create_ticket.linked_customer", { name: prefill.customer_label || prefill.contact_email || prefill.customer_id })}
                    </Badge>
                  )}
                  {prefill.order_id && (
                    <Badge size="small">
                      {t("create_ticket.linked_order", { number: prefill.order_display_id ?? prefill.order_id })}
                    </Badge>
                  )}
                </div>
              )}
              {field("subject", <Input id="subject" {...form.register("subject")} />)}
              <div className="grid grid-cols-2 gap-4">
                {field("contact_email", <Input id="contact_email" type="email" {...form.register("contact_email")} />)}
                {field("contact_name", <Input id="contact_name" {...form.register("contact_name")} />)}
              </div>
              {field("body_text", <Textarea id="body_text" rows={8} {...form.register("body_text")} />)}
            </div>
          </FocusModal.Body>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
