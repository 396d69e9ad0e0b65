import { Button, toast, usePrompt } from "@medusajs/ui"
import { useRefreshNow } from "../hooks/api/bulk-actions"
import { useEmptyTrash } from "../hooks/api/saved-views"
import { useHelpdeskT } from "../lib/i18n"

/** "Refresh now": collects every mailbox at once, says what came in and which mailbox failed. */
export const RefreshNowButton = () => {
  const t = useHelpdeskT("list")
  const refresh = useRefreshNow()
  const run = async () => {
    try {
      const result = await refresh.mutateAsync()
      const failed = result.mailboxes.filter((m) => m.error)
      toast.success(t("refresh.checked", { count: result.imported }))
      if (failed.length) {
        toast.warning(t("refresh.failed", { count: failed.length }), {
          description: failed.map((m) => `${m.name}: ${m.error}`).join("\n"),
          duration: 10_000,
        })
      }
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  return (
    <Button size="small" variant="secondary" isLoading={refresh.isPending} onClick={run}>
      {t("refreshNow")}
    </Button>
  )
}

/** Shown in the Trash view: deletes every ticket in it for good, after asking. */
export const EmptyTrashButton = () => {
  const t = useHelpdeskT("list")
  const empty = useEmptyTrash()
  const prompt = usePrompt()
  const run = async () => {
    const sure = await prompt({
      title: t("views.emptyTrashTitle"),
      description: t("views.emptyTrashDescription"),
      confirmText: t("views.emptyTrash"),
      cancelText: t("views.cancel"),
    })
    if (!sure) return
    try {
      const { ids } = await empty.mutateAsync()
      toast.success(t("views.trashEmptied", { count: ids.length }))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  return (
    <Button size="small" variant="danger" isLoading={empty.isPending} onClick={run}>
      {t("views.emptyTrash")}
    </Button>
  )
}
