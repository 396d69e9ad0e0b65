import { zodResolver } from "@hookform/resolvers/zod"
import { Button, FocusModal, Heading, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useForm } from "react-hook-form"
import { useNavigate } from "react-router-dom"
import { z } from "zod"
import { useCreateTicket } from "../hooks/api/tickets"

const CreateTicketForm = z.object({
  subject: z.string().trim().min(1, "Give the ticket a subject"),
  contact_email: z.email("Enter the customer's email address"),
  contact_name: z.string().trim().optional(),
  body_text: z.string().trim().min(1, "Write down what the customer asked"),
})
type CreateTicketFormValues = z.infer<typeof CreateTicketForm>

/** Opens a ticket on a customer's behalf, e.g. after a phone call. */
export const CreateTicketModal = () => {
  const [open, setOpen] = useState(false)
  const navigate = useNavigate()
  const createTicket = useCreateTicket()
  const form = useForm<CreateTicketFormValues>({
    resolver: zodResolver(CreateTicketForm),
    defaultValues: { subject: "", contact_email: "", contact_name: "", body_text: "" },
  })
  const { errors } = form.formState

  const onSubmit = form.handleSubmit(async ({ body_text, contact_name, ...values }) => {
    try {
      const { ticket } = await createTicket.mutateAsync({
        ...values,
        contact_name: contact_name || undefined,
        message: { body_text, author_type: "customer" },
      })
      toast.success(`Ticket #${ticket.number} opened`)
      setOpen(false)
      form.reset()
      navigate(`/helpdesk/${ticket.id}`)
    } catch (error) {
      toast.error((error as Error).message)
    }
  })

  const field = (name: keyof CreateTicketFormValues, label: string, input: JSX.Element) => (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={name}>{label}</Label>
      {input}
      {errors[name] && (
        <Text size="small" className="text-ui-fg-error">
          {errors[name]?.message}
        </Text>
      )}
    </div>
  )

  return (
    <FocusModal open={open} onOpenChange={setOpen}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          New ticket
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <FocusModal.Header>
            <Button size="small" type="submit" isLoading={createTicket.isPending}>
              Open ticket
            </Button>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-16">
            <div className="flex w-full max-w-[720px] flex-col gap-y-6">
              <div>
                <Heading>New ticket</Heading>
                <Text className="text-ui-fg-subtle">
                  Open a ticket for a customer who called or wrote elsewhere.
                </Text>
              </div>
              {field("subject", "Subject", <Input id="subject" {...form.register("subject")} />)}
              <div className="grid grid-cols-2 gap-4">
                {field(
                  "contact_email",
                  "Customer email",
                  <Input id="contact_email" type="email" {...form.register("contact_email")} />
                )}
                {field(
                  "contact_name",
                  "Customer name (optional)",
                  <Input id="contact_name" {...form.register("contact_name")} />
                )}
              </div>
              {field(
                "body_text",
                "Request",
                <Textarea id="body_text" rows={8} {...form.register("body_text")} />
              )}
            </div>
          </FocusModal.Body>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
