import {
  ArrowsReduceDiagonal,
  BellAlert,
  EllipsisHorizontal,
  EyeSlash,
  PaperPlane,
  PencilSquare,
  ShoppingBag,
  SquareTwoStack,
  Trash,
  User,
  Users,
} from "@medusajs/icons"
import { DropdownMenu, IconButton } from "@medusajs/ui"
import { ComponentType, Fragment } from "react"
import { useHelpdeskT } from "../lib/i18n"

/** The dialogs the action bar opens. */
export type TicketDialogKind = "forward" | "assign" | "split" | "merge" | "subject" | "order" | "customer"

/** What the "More actions" menu can hold; the bar decides which of them the ticket allows. */
export type TicketMenuEntry = TicketDialogKind | "follow" | "unfollow" | "delete" | "delete_permanently"

const ICONS: Record<TicketMenuEntry, ComponentType<{ className?: string }>> = {
  forward: PaperPlane,
  assign: User,
  split: SquareTwoStack,
  merge: ArrowsReduceDiagonal,
  subject: PencilSquare,
  order: ShoppingBag,
  customer: Users,
  follow: BellAlert,
  unfollow: EyeSlash,
  delete: Trash,
  delete_permanently: Trash,
}

/** Groups shown between separators: working on it, its details, following, the trash. */
const GROUPS: TicketMenuEntry[][] = [
  ["forward", "assign", "split", "merge"],
  ["subject", "order", "customer"],
  ["follow", "unfollow"],
  ["delete", "delete_permanently"],
]

/** The action bar's "…" menu: the ticket's less frequent actions. */
export const TicketActionsMenu = ({
  entries,
  onSelect,
}: {
  entries: TicketMenuEntry[]
  onSelect: (entry: TicketMenuEntry) => void
}) => {
  const t = useHelpdeskT("dialogs")
  const groups = GROUPS.map((group) => group.filter((entry) => entries.includes(entry))).filter((g) => g.length)
  if (!groups.length) return null
  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton size="small" variant="transparent" aria-label={t("actions.more")}>
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="end">
        {groups.map((group, index) => (
          <Fragment key={group.join()}>
            {index > 0 && <DropdownMenu.Separator />}
            {group.map((entry) => {
              const Icon = ICONS[entry]
              const danger = entry === "delete_permanently"
              return (
                <DropdownMenu.Item
                  key={entry}
                  className={`gap-x-2 ${danger ? "text-ui-fg-error" : ""}`}
                  onClick={() => onSelect(entry)}
                >
                  <Icon className={danger ? "" : "text-ui-fg-subtle"} />
                  {t(`actions.${entry}`)}
                </DropdownMenu.Item>
              )
            })}
          </Fragment>
        ))}
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}
