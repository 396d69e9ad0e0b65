import { ArrowDownMini, ArrowUpMini, EllipsisHorizontal, PencilSquare, Trash, Users } from "@medusajs/icons"
import { Badge, Button, DropdownMenu, IconButton, Input, toast, usePrompt } from "@medusajs/ui"
import { ReactNode, useState } from "react"
import { SavedView, useDeleteView, useUpdateView } from "../hooks/api/saved-views"
import { useHelpdeskT } from "../lib/i18n"
import { SavedViewShareDrawer } from "./saved-view-share-drawer"

/** One entry of the side list: a button that applies the view, and its count. */
export const ViewButton = ({
  label,
  count,
  active,
  onClick,
  extra,
}: {
  label: string
  count?: string
  active: boolean
  onClick: () => void
  extra?: ReactNode
}) => (
  <button
    type="button"
    onClick={onClick}
    aria-current={active ? "page" : undefined}
    className={`txt-compact-small flex min-w-0 flex-1 items-center gap-x-2 rounded-md px-2 py-1.5 text-left transition-fg ${
      active ? "bg-ui-bg-base-pressed text-ui-fg-base font-medium" : "text-ui-fg-subtle hover:bg-ui-bg-base-hover"
    }`}
  >
    <span className="flex-1 truncate">{label}</span>
    {extra}
    {count !== undefined && (
      <span className="text-ui-fg-muted txt-compact-xsmall tabular-nums" aria-hidden data-view-count>
        {count}
      </span>
    )}
  </button>
)

/** A saved view the agent may change: apply, rename, share or unshare, move, delete. */
export const SavedViewItem = ({
  view,
  count,
  active,
  editable,
  first,
  last,
  onApply,
  onMove,
  onDeleted,
}: {
  view: SavedView
  count?: string
  active: boolean
  editable: boolean
  first: boolean
  last: boolean
  onApply: () => void
  onMove: (by: -1 | 1) => void
  onDeleted: () => void
}) => {
  const t = useHelpdeskT("list")
  const update = useUpdateView()
  const remove = useDeleteView()
  const prompt = usePrompt()
  const [renaming, setRenaming] = useState(false)
  const [choosing, setChoosing] = useState(false)
  const [name, setName] = useState(view.name)
  const shared = view.visibility !== "personal"

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work()
      toast.success(done)
      return true
    } catch (error) {
      toast.error((error as Error).message)
      return false
    }
  }
  const rename = async () => {
    const next = name.trim()
    if (await run(() => update.mutateAsync({ id: view.id, name: next }), t("views.renamed", { name: next }))) setRenaming(false)
  }
  const toggleShare = () =>
    run(
      () => update.mutateAsync({ id: view.id, visibility: shared ? "personal" : "everyone" }),
      t(shared ? "views.unshared" : "views.shared", { name: view.name })
    )
  const del = async () => {
    const sure = await prompt({
      title: t("views.deleteTitle", { name: view.name }),
      description: t("views.deleteDescription"),
      confirmText: t("views.delete"),
      cancelText: t("views.cancel"),
    })
    if (sure && (await run(() => remove.mutateAsync(view.id), t("views.deleted", { name: view.name })))) onDeleted()
  }

  if (renaming) {
    return (
      <li className="flex flex-col gap-y-1 px-1 py-1">
        <Input size="small" autoFocus aria-label={t("views.name")} value={name} onChange={(e) => setName(e.target.value)} />
        <div className="flex justify-end gap-x-1">
          <Button size="small" variant="transparent" onClick={() => setRenaming(false)}>
            {t("views.cancel")}
          </Button>
          <Button size="small" variant="secondary" disabled={!name.trim()} isLoading={update.isPending} onClick={rename}>
            {t("views.saveButton")}
          </Button>
        </div>
      </li>
    )
  }
  return (
    <li className="group flex items-center gap-x-1" data-view-id={view.id}>
      <ViewButton
        label={view.name}
        count={count}
        active={active}
        onClick={onApply}
        extra={
          shared ? (
            <Badge size="2xsmall" color="blue">
              {view.visibility === "agents" ? t("views.sharedAgentsBadge", { count: view.shared_with.length }) : t("views.sharedBadge")}
            </Badge>
          ) : undefined
        }
      />
      <SavedViewShareDrawer view={view} open={choosing} onClose={() => setChoosing(false)} />
      {editable && (
        <DropdownMenu>
          <DropdownMenu.Trigger asChild>
            <IconButton size="small" variant="transparent" aria-label={t("views.actions", { name: view.name })}>
              <EllipsisHorizontal />
            </IconButton>
          </DropdownMenu.Trigger>
          <DropdownMenu.Content align="end">
            <DropdownMenu.Item className="gap-x-2" onClick={() => setRenaming(true)}>
              <PencilSquare className="text-ui-fg-subtle" />
              {t("views.rename")}
            </DropdownMenu.Item>
            <DropdownMenu.Item className="gap-x-2" onClick={toggleShare}>
              <Users className="text-ui-fg-subtle" />
              {t(shared ? "views.unshare" : "views.share")}
            </DropdownMenu.Item>
            <DropdownMenu.Item className="gap-x-2" onClick={() => setChoosing(true)}>
              <Users className="text-ui-fg-subtle" />
              {t("views.shareWith")}
            </DropdownMenu.Item>
            <DropdownMenu.Item className="gap-x-2" disabled={first} onClick={() => onMove(-1)}>
              <ArrowUpMini className="text-ui-fg-subtle" />
              {t("views.moveUp")}
            </DropdownMenu.Item>
            <DropdownMenu.Item className="gap-x-2" disabled={last} onClick={() => onMove(1)}>
              <ArrowDownMini className="text-ui-fg-subtle" />
              {t("views.moveDown")}
            </DropdownMenu.Item>
            <DropdownMenu.Separator />
            <DropdownMenu.Item className="gap-x-2" onClick={del}>
              <Trash className="text-ui-fg-subtle" />
              {t("views.delete")}
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu>
      )}
    </li>
  )
}
