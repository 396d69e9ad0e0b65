import { Input, RadioGroup, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import {
  AdminCustomerChoice,
  TicketDialogProps,
  useCustomerChoices,
  useDebouncedValue,
  useUpdateTicket,
} from "../hooks/api/ticket-dialogs"
import { useTicketContext } from "../hooks/api/tickets"
import { useHelpdeskT } from "../lib/i18n"
import { ActionDrawer, failed } from "./action-drawer"
import { DrawerField } from "./drawer-field"

const NONE = "__none__"
export const customerName = (c: Pick<AdminCustomerChoice, "first_name" | "last_name" | "email">) =>
  [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email

/**
 * Link the ticket to a Medusa customer, or unlink it (SPEC §5 "Unmatched
 * mail"). Before anything is typed it offers the customers who have the
 * ticket's address; typing searches Medusa's customers.
 */
export const TicketCustomerDialog = ({ ticket, open, onClose }: TicketDialogProps) => {
  const t = useHelpdeskT("dialogs")
  const update = useUpdateTicket(ticket.id)
  const { data: context } = useTicketContext(ticket.id)
  const [search, setSearch] = useState("")
  const [picked, setPicked] = useState("")
  const q = useDebouncedValue(search.trim())
  const found = useCustomerChoices(q, open)
  const choices: AdminCustomerChoice[] = q ? found.data?.customers ?? [] : context?.matching_customers ?? []
  const chosen = choices.find((c) => c.id === picked)

  const submit = async () => {
    try {
      await update.mutateAsync({ customer_id: picked === NONE ? null : picked })
      toast.success(picked === NONE ? t("customer.unlinked") : t("customer.done", { name: chosen ? customerName(chosen) : picked }))
      return true
    } catch (error) {
      return failed(error)
    }
  }

  return (
    <ActionDrawer
      open={open}
      onClose={onClose}
      title={t("customer.title", { number: ticket.number })}
      description={t("customer.intro")}
      confirmText={t("customer.submit")}
      disabled={!picked || picked === ticket.customer_id}
      onConfirm={submit}
    >
      <DrawerField id="customer-search" label={t("customer.search")}>
        <Input
          id="customer-search"
          type="search"
          autoComplete="off"
          placeholder={t("customer.search_placeholder")}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </DrawerField>
      {(q || choices.length > 0) && (
        <Text size="small" weight="plus">
          {q ? t("customer.results") : t("customer.matching", { email: ticket.contact_email })}
        </Text>
      )}
      {q && found.isLoading && <Text size="small" className="text-ui-fg-subtle">{t("customer.loading")}</Text>}
      {q && found.isError && (
        <Text size="small" className="text-ui-fg-error">{t("customer.error", { message: (found.error as Error).message })}</Text>
      )}
      {q && found.isSuccess && !choices.length && <Text size="small" className="text-ui-fg-subtle">{t("customer.empty")}</Text>}
      <RadioGroup value={picked} onValueChange={setPicked} aria-label={t("customer.search")} className="flex flex-col gap-y-2">
        {choices.map((c) => (
          <RadioGroup.ChoiceBox
            key={c.id}
            id={`customer-${c.id}`}
            value={c.id}
            disabled={c.id === ticket.customer_id}
            label={customerName(c)}
            description={`${c.email} · ${c.has_account ? t("customer.account") : t("customer.guest")}`}
          />
        ))}
        {ticket.customer_id && (
          <RadioGroup.ChoiceBox id="customer-none" value={NONE} label={t("customer.unlink")} description={t("customer.unlink_detail")} />
        )}
      </RadioGroup>
    </ActionDrawer>
  )
}
