import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { MailboxFormDrawer } from "../../../components/mailbox-form"
import { MailboxMailLog } from "../../../components/mailbox-mail-log"
import { MailboxRow } from "../../../components/mailbox-row"
import { MailboxTemplates } from "../../../components/mailbox-templates"
import { HelpdeskSettingsNav } from "../../../components/settings-nav"
import { AdminMailbox, useMailboxes } from "../../../hooks/api/mailboxes"
import { useHelpdeskT } from "../../../lib/i18n"

/** Mailboxes and their health: last check, errors, imported and unprocessable mail (F-MAIL-IN). */
const MailboxesPage = () => {
  const t = useHelpdeskT("content")
  const { data, isLoading, isError, error } = useMailboxes()
  const [editing, setEditing] = useState<AdminMailbox | "new" | null>(null)
  const [log, setLog] = useState<AdminMailbox | null>(null)
  const [templates, setTemplates] = useState<AdminMailbox | null>(null)

  return (
    <div className="flex flex-col gap-y-3">
      <HelpdeskSettingsNav />
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading>{t("mailboxes.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">{t("mailboxes.subtitle")}</Text>
          </div>
          <Button size="small" variant="secondary" onClick={() => setEditing("new")}>{t("mailboxes.add")}</Button>
        </div>
        {isLoading ? (
          <Text size="small" className="px-6 py-4">{t("states.loading")}</Text>
        ) : isError ? (
          <Text size="small" className="text-ui-fg-error px-6 py-4">{(error as Error).message}</Text>
        ) : !data?.mailboxes.length ? (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t("mailboxes.empty")}</Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("mailboxes.columns.mailbox")}</Table.HeaderCell>
                <Table.HeaderCell>{t("mailboxes.columns.last_check")}</Table.HeaderCell>
                <Table.HeaderCell>{t("mailboxes.columns.mail")}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.mailboxes.map((m) => (
                <MailboxRow
                  key={m.id}
                  mailbox={m}
                  onEdit={() => setEditing(m)}
                  onLog={() => setLog(m)}
                  onTemplates={() => setTemplates(m)}
                />
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
      <MailboxFormDrawer mailbox={editing === "new" ? undefined : editing ?? undefined} open={!!editing} onOpenChange={(o) => !o && setEditing(null)} />
      {log && <MailboxMailLog mailbox={log} open onOpenChange={(o) => !o && setLog(null)} />}
      {templates && <MailboxTemplates mailbox={templates} open onOpenChange={(o) => !o && setTemplates(null)} />}
    </div>
  )
}

export default MailboxesPage
