import { defineRouteConfig } from "@medusajs/admin-sdk"
import { EnvelopeSolid } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { MailboxFormDrawer } from "../../../components/mailbox-form"
import { MailboxMailLog } from "../../../components/mailbox-mail-log"
import { AdminMailbox, useCollectMailbox, useDeleteMailbox, useMailboxes, useTestMailbox } from "../../../hooks/api/mailboxes"

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : "never")

/** Mailboxes and their health: last check, errors, imported and unprocessable mail (F-MAIL-IN). */
const MailboxesPage = () => {
  const { data, isLoading } = useMailboxes()
  const [editing, setEditing] = useState<AdminMailbox | "new" | null>(null)
  const [log, setLog] = useState<AdminMailbox | null>(null)
  const collect = useCollectMailbox()
  const test = useTestMailbox()
  const remove = useDeleteMailbox()
  const prompt = usePrompt()

  const run = async (label: string, fn: () => Promise<string>) => {
    try {
      toast.success(await fn())
    } catch (error) {
      toast.error(`${label}: ${(error as Error).message}`)
    }
  }
  const onCollect = (m: AdminMailbox) =>
    run("Check mail", async () => {
      const { collection: c } = await collect.mutateAsync(m.id)
      if (c.error) throw new Error(c.error)
      return `${c.fetched} new: ${c.imported} imported, ${c.skipped} skipped, ${c.failed} unprocessable`
    })
  const onTest = (m: AdminMailbox) =>
    run("Test connection", async () => {
      const r = await test.mutateAsync(m.id)
      if (!r.ok) throw new Error([r.imap.problem && `IMAP: ${r.imap.problem.message}`, r.smtp.problem && `SMTP: ${r.smtp.problem.message}`].filter(Boolean).join(" "))
      return "IMAP and SMTP both work"
    })
  const onDelete = async (m: AdminMailbox) => {
    if (await prompt({ title: `Delete ${m.name}?`, description: "Its tickets and imported mail stay.", confirmText: "Delete", cancelText: "Cancel" })) {
      await run("Delete", async () => (await remove.mutateAsync(m.id), "Mailbox deleted"))
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Helpdesk mailboxes</Heading>
          <Text size="small" className="text-ui-fg-subtle">Mail to these addresses becomes tickets; checked every minute.</Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setEditing("new")}>Add mailbox</Button>
      </div>
      {isLoading ? <Text className="px-6 py-4">Loading…</Text> : !data?.mailboxes.length ? (
        <Text className="text-ui-fg-subtle px-6 py-4">No mailbox yet: add the address your customers write to.</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Mailbox</Table.HeaderCell>
              <Table.HeaderCell>Last check</Table.HeaderCell>
              <Table.HeaderCell>Mail</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.mailboxes.map((m) => (
              <Table.Row key={m.id} data-testid="mailbox-row">
                <Table.Cell>
                  <div className="flex flex-col py-2">
                    <Text size="small" weight="plus">{m.name} {!m.enabled && <Badge size="2xsmall">disabled</Badge>}</Text>
                    <Text size="small" className="text-ui-fg-subtle">{m.address}</Text>
                  </div>
                </Table.Cell>
                <Table.Cell className="max-w-[320px]">
                  <div className="flex flex-col py-2">
                    <Text size="small">{when(m.last_check_at)}</Text>
                    {m.last_error ? (
                      <Text size="xsmall" className="text-ui-fg-error whitespace-normal" data-testid="mailbox-error">{m.last_error}</Text>
                    ) : m.last_success_at && <Badge size="2xsmall" color="green" className="w-fit">OK</Badge>}
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <Text size="small">{m.imported_count} imported</Text>
                  {m.unprocessable_count > 0 && <Badge size="2xsmall" color="red" className="w-fit">{m.unprocessable_count} unprocessable</Badge>}
                </Table.Cell>
                <Table.Cell>
                  <div className="flex justify-end gap-x-2">
                    <Button size="small" variant="secondary" onClick={() => onCollect(m)} isLoading={collect.isPending && collect.variables === m.id}>Check mail now</Button>
                    <Button size="small" variant="secondary" onClick={() => onTest(m)} isLoading={test.isPending && test.variables === m.id}>Test connection</Button>
                    <Button size="small" variant="transparent" onClick={() => setLog(m)}>Mail log</Button>
                    <Button size="small" variant="transparent" onClick={() => setEditing(m)}>Edit</Button>
                    <Button size="small" variant="transparent" onClick={() => onDelete(m)}>Delete</Button>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <MailboxFormDrawer mailbox={editing === "new" ? undefined : editing ?? undefined} open={!!editing} onOpenChange={(o) => !o && setEditing(null)} />
      {log && <MailboxMailLog mailbox={log} open onOpenChange={(o) => !o && setLog(null)} />}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Helpdesk mailboxes", icon: EnvelopeSolid })

export default MailboxesPage
