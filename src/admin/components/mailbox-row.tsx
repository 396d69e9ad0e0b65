import { Badge, Button, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { AdminMailbox, useCollectMailbox, useDeleteMailbox, useTestMailbox } from "../hooks/api/mailboxes"
import { useHelpdeskT } from "../lib/i18n"

type Props = {
  mailbox: AdminMailbox
  onEdit: () => void
  onLog: () => void
  onTemplates: () => void
}

/** One mailbox with its health, and what can be done with it. */
export const MailboxRow = ({ mailbox: m, onEdit, onLog, onTemplates }: Props) => {
  const t = useHelpdeskT("content")
  const collect = useCollectMailbox()
  const test = useTestMailbox()
  const remove = useDeleteMailbox()
  const prompt = usePrompt()
  const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(t.language) : t("mailboxes.never"))

  // Toasts start with what was done, so a result reads on its own.
  const run = async (label: string, fn: () => Promise<string>) => {
    try {
      toast.success(await fn())
    } catch (error) {
      toast.error(`${label}: ${(error as Error).message}`)
    }
  }
  const onCollect = () =>
    run(t("mailboxes.collect"), async () => {
      const { collection: c } = await collect.mutateAsync(m.id)
      if (c.error) throw new Error(c.error)
      return t("mailboxes.collected", { fetched: c.fetched, imported: c.imported, skipped: c.skipped, failed: c.failed })
    })
  const onTest = () =>
    run(t("mailboxes.test"), async () => {
      const r = await test.mutateAsync(m.id)
      if (!r.ok) {
        throw new Error([r.imap.problem && `IMAP: ${r.imap.problem.message}`, r.smtp.problem && `SMTP: ${r.smtp.problem.message}`].filter(Boolean).join(" "))
      }
      return `${t("mailboxes.test")}: ${t("mailboxes.test_ok")}`
    })
  const onDelete = async () => {
    const confirmed = await prompt({
      title: t("mailboxes.delete_title", { name: m.name }),
      description: t("mailboxes.delete_description"),
      confirmText: t("actions.delete"),
      cancelText: t("actions.cancel"),
    })
    if (confirmed) await run(t("actions.delete"), async () => (await remove.mutateAsync(m.id), t("mailboxes.deleted")))
  }

  return (
    <Table.Row data-testid="mailbox-row">
      <Table.Cell>
        <div className="flex flex-col py-2">
          <Text size="small" weight="plus">{m.name} {!m.enabled && <Badge size="2xsmall">{t("mailboxes.disabled")}</Badge>}</Text>
          <Text size="small" className="text-ui-fg-subtle">{m.address}</Text>
        </div>
      </Table.Cell>
      <Table.Cell className="max-w-[320px]">
        <div className="flex flex-col py-2">
          <Text size="small">{when(m.last_check_at)}</Text>
          {m.last_error ? (
            <Text size="xsmall" className="text-ui-fg-error whitespace-normal" data-testid="mailbox-error">{m.last_error}</Text>
          ) : m.last_success_at && <Badge size="2xsmall" color="green" className="w-fit">{t("mailboxes.ok")}</Badge>}
        </div>
      </Table.Cell>
      <Table.Cell>
        <Text size="small">{t("mailboxes.imported", { n: m.imported_count })}</Text>
        {m.unprocessable_count > 0 && (
          <Badge size="2xsmall" color="red" className="w-fit">{t("mailboxes.unprocessable", { n: m.unprocessable_count })}</Badge>
        )}
      </Table.Cell>
      <Table.Cell>
        <div className="flex flex-wrap justify-end gap-2">
          <Button size="small" variant="secondary" onClick={onCollect} isLoading={collect.isPending}>{t("mailboxes.collect")}</Button>
          <Button size="small" variant="secondary" onClick={onTest} isLoading={test.isPending}>{t("mailboxes.test")}</Button>
          <Button size="small" variant="transparent" onClick={onTemplates}>{t("mailboxes.templates")}</Button>
          <Button size="small" variant="transparent" onClick={onLog}>{t("mailboxes.mail_log")}</Button>
          <Button size="small" variant="transparent" onClick={onEdit}>{t("actions.edit")}</Button>
          <Button size="small" variant="transparent" onClick={onDelete}>{t("actions.delete")}</Button>
        </div>
      </Table.Cell>
    </Table.Row>
  )
}
