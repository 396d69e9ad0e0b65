import { Badge, Button, Drawer, Heading, Select, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { AdminMailbox, useInboundMails, useRetryInboundMail } from "../hooks/api/mailboxes"
import { useHelpdeskT } from "../lib/i18n"

const STATUS_COLOR = { imported: "green", skipped: "grey", failed: "red", received: "blue" } as const
const FILTERS = ["all", "failed", "skipped", "imported"] as const

/** What became of each mail of a mailbox, with the reason for skipped and failed ones and a retry. */
export const MailboxMailLog = ({ mailbox, open, onOpenChange }: { mailbox: AdminMailbox; open: boolean; onOpenChange: (open: boolean) => void }) => {
  const t = useHelpdeskT("content")
  const [status, setStatus] = useState(mailbox.unprocessable_count ? "failed" : "all")
  const { data, isLoading, isError, error, refetch } = useInboundMails(mailbox.id, status)
  const retry = useRetryInboundMail()

  const onRetry = async (id: string) => {
    try {
      const { inbound_mail } = await retry.mutateAsync(id)
      toast[inbound_mail.status === "imported" ? "success" : "warning"](
        inbound_mail.status === "imported"
          ? t("mail_log.retry_imported")
          : t("mail_log.retry_still", { status: t(`mail_log.status.${inbound_mail.status}`), reason: inbound_mail.reason ?? "" })
      )
      await refetch()
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content className="max-w-3xl">
        <Drawer.Header><Heading>{t("mail_log.title", { name: mailbox.name })}</Heading></Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <div className="w-48">
            <Select size="small" value={status} onValueChange={setStatus}>
              <Select.Trigger aria-label={t("mail_log.filter_label")}><Select.Value /></Select.Trigger>
              <Select.Content>
                {FILTERS.map((s) => (
                  <Select.Item key={s} value={s}>{t(`mail_log.filters.${s}`)}</Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          {isLoading ? <Text size="small">{t("states.loading")}</Text> : isError ? (
            <Text size="small" className="text-ui-fg-error">{(error as Error).message}</Text>
          ) : !data?.inbound_mails.length ? (
            <Text size="small" className="text-ui-fg-subtle">{t("mail_log.empty")}</Text>
          ) : (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("mail_log.columns.from_subject")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("mail_log.columns.status")}</Table.HeaderCell>
                  <Table.HeaderCell />
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.inbound_mails.map((m) => (
                  <Table.Row key={m.id} data-testid="inbound-mail-row">
                    <Table.Cell className="max-w-[360px]">
                      <div className="flex flex-col py-1">
                        <Text size="small" className="truncate">{m.from_address ?? t("mail_log.unknown_sender")}</Text>
                        <Text size="small" className="text-ui-fg-subtle truncate">{m.subject ?? t("mail_log.no_subject")}</Text>
                        {m.reason && <Text size="xsmall" className="text-ui-fg-subtle whitespace-normal">{m.reason}</Text>}
                      </div>
                    </Table.Cell>
                    <Table.Cell><Badge size="2xsmall" color={STATUS_COLOR[m.status]}>{t(`mail_log.status.${m.status}`)}</Badge></Table.Cell>
                    <Table.Cell className="text-right">
                      {m.ticket_id && <Link className="text-ui-fg-interactive txt-small" to={`/helpdesk/${m.ticket_id}`}>{t("mail_log.ticket")}</Link>}
                      {(m.status === "failed" || m.status === "skipped") && (
                        <div className="flex justify-end gap-x-2">
                          <a className="text-ui-fg-interactive txt-small" href={`/admin/helpdesk/inbound-mails/${m.id}/raw`}>{t("mail_log.raw")}</a>
                          <Button size="small" variant="secondary" onClick={() => onRetry(m.id)} isLoading={retry.isPending && retry.variables === m.id}>{t("mail_log.retry")}</Button>
                        </div>
                      )}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
