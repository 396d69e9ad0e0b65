import { Container, Heading, Text } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { TicketInfo } from "../../../components/ticket-info"
import { TicketTimeline } from "../../../components/ticket-timeline"
import { useTicket } from "../../../hooks/api/tickets"

const TicketPage = () => {
  const { id } = useParams()
  const { data, isLoading, isError, error } = useTicket(id!)

  if (isLoading) {
    return <Text className="text-ui-fg-subtle p-6">Loading ticket…</Text>
  }
  if (isError || !data) {
    return (
      <Container>
        <Text className="text-ui-fg-error">{(error as Error)?.message ?? "Ticket not found"}</Text>
      </Container>
    )
  }
  const { ticket } = data
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-1">
        <Text size="small" className="text-ui-fg-subtle font-mono">
          #{ticket.number}
        </Text>
        <Heading>{ticket.subject}</Heading>
      </Container>
      <div className="flex w-full flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex w-full flex-col gap-y-3">
          <TicketTimeline ticket={ticket} />
        </div>
        <div className="w-full xl:max-w-[440px]">
          <TicketInfo ticket={ticket} />
        </div>
      </div>
    </div>
  )
}

export default TicketPage
