import { Container, Heading, Text } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { TicketActions } from "../../../components/ticket-actions"
import { TicketClaim } from "../../../components/ticket-claim"
import { TicketComposer } from "../../../components/ticket-composer"
import { TicketCustomerPanel } from "../../../components/ticket-customer-panel"
import { TicketInfo } from "../../../components/ticket-info"
import { TicketStatusBadge } from "../../../components/ticket-status-badge"
import { TicketTimeline } from "../../../components/ticket-timeline"
import { useTicket } from "../../../hooks/api/tickets"
import { useMe } from "../../../hooks/api/workflow"
import { useTicketKeys } from "../../../hooks/use-ticket-keys"
import { useHelpdeskT } from "../../../lib/i18n"

const TicketPage = () => {
  const { id } = useParams()
  const { data, isLoading, isError, error } = useTicket(id!)
  const { data: me } = useMe()
  const t = useHelpdeskT("ticket")
  useTicketKeys(id!)

  if (isLoading) {
    return <Text className="text-ui-fg-subtle p-6">{t("page.loading")}</Text>
  }
  if (isError || !data) {
    return (
      <Container>
        <Text className="text-ui-fg-error">{(error as Error)?.message ?? t("page.notFound")}</Text>
      </Container>
    )
  }
  const { ticket } = data
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-3">
        <div className="flex items-start justify-between gap-4">
          <div className="flex flex-col gap-y-1">
            <div className="flex items-center gap-2">
              <Text size="small" className="text-ui-fg-subtle font-mono">
                #{ticket.number}
              </Text>
              <TicketStatusBadge status={ticket.status} />
            </div>
            <Heading>{ticket.subject}</Heading>
          </div>
          <TicketClaim ticket={ticket} meId={me?.user.id} />
        </div>
        <TicketActions ticket={ticket} meId={me?.user.id} />
      </Container>
      <div className="flex w-full flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex w-full flex-col gap-y-3">
          <TicketComposer ticket={ticket} />
          <TicketTimeline ticket={ticket} />
        </div>
        <div className="w-full xl:max-w-[440px]">
          <div className="flex flex-col gap-y-3">
            <TicketCustomerPanel ticket={ticket} />
            <TicketInfo ticket={ticket} />
          </div>
        </div>
      </div>
    </div>
  )
}

export default TicketPage
