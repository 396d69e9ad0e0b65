import { Plus } from "@medusajs/icons"
import { Button, Heading, Input, Skeleton, Text, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useCreateView, useMoveView, useViews } from "../hooks/api/saved-views"
import { TicketListFilters, useTicketCounts } from "../hooks/api/tickets"
import { useMe, useTicketWorkflow } from "../hooks/api/workflow"
import { useHelpdeskT } from "../lib/i18n"
import { SavedViewItem, ViewButton } from "./saved-view-item"
import { ActiveView, BUILT_IN_VIEWS, builtInViewFilters } from "./ticket-list-views"
import { sameFilters } from "./ticket-list-filters"

/**
 * The views beside the ticket list (F-LIST): the built-in ones every agent
 * has, then saved ones (own, shared with everyone or with this agent), each
 * with how many tickets it finds; the current filters can be saved as a view.
 */
export const SavedViews = ({
  active,
  current,
  onSelect,
}: {
  active: ActiveView | null
  current: TicketListFilters
  onSelect: (view: ActiveView | null, filters: TicketListFilters) => void
}) => {
  const t = useHelpdeskT("list")
  const { data: workflow } = useTicketWorkflow()
  const { data: me } = useMe()
  const { data, isLoading, isError, error } = useViews()
  const move = useMoveView()
  const builtIn = useMemo(() => builtInViewFilters(workflow?.statuses ?? []), [workflow])
  const views = data?.views ?? []
  const mine = views.filter((v) => v.owner_id === me?.user.id)

  const counts = useTicketCounts([...BUILT_IN_VIEWS.map((id) => builtIn[id]), ...views.map((v) => v.filters)])
  const countAt = (index: number) => {
    const c = counts[index]?.data
    return c ? (c.estimate ? `${c.count.toLocaleString(t.language)}+` : c.count.toLocaleString(t.language)) : undefined
  }
  const isOn = (view: ActiveView, filters: TicketListFilters) => active === view && sameFilters(filters, current)

  const moveView = async (id: string, by: -1 | 1) => {
    try {
      await move.mutateAsync({ views: mine, index: mine.findIndex((v) => v.id === id), by })
      toast.success(t("views.moved"))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  return (
    <nav aria-label={t("views.listLabel")} className="flex flex-col gap-y-4 p-3">
      <Heading level="h3" className="px-2">
        {t("views.heading")}
      </Heading>
      <ul className="flex flex-col gap-y-0.5">
        {BUILT_IN_VIEWS.map((id, index) => (
          <li key={id} className="flex">
            <ViewButton
              label={t(`views.${id}`)}
              count={countAt(index)}
              active={isOn(`builtin:${id}`, builtIn[id])}
              onClick={() => onSelect(`builtin:${id}`, builtIn[id])}
            />
          </li>
        ))}
      </ul>
      <div className="flex flex-col gap-y-1">
        <Text size="xsmall" weight="plus" className="text-ui-fg-muted px-2 uppercase">
          {t("views.custom")}
        </Text>
        {isLoading && [0, 1].map((i) => <Skeleton key={i} className="h-7 w-full" />)}
        {isError && <Text size="small" className="text-ui-fg-error px-2">{t("views.loadError", { message: (error as Error).message })}</Text>}
        {!isLoading && !isError && !views.length && (
          <Text size="small" className="text-ui-fg-subtle px-2">
            {t("views.noCustom")}
          </Text>
        )}
        <ul className="flex flex-col gap-y-0.5">
          {views.map((view, index) => {
            const own = mine.findIndex((v) => v.id === view.id)
            return (
              <SavedViewItem
                key={view.id}
                view={view}
                count={countAt(BUILT_IN_VIEWS.length + index)}
                active={isOn(`view:${view.id}`, view.filters)}
                editable={own >= 0}
                first={own === 0}
                last={own === mine.length - 1}
                onApply={() => onSelect(`view:${view.id}`, view.filters)}
                onMove={(by) => moveView(view.id, by)}
                onDeleted={() => active === `view:${view.id}` && onSelect(null, current)}
              />
            )
          })}
        </ul>
      </div>
      <NewView current={current} onSaved={(id) => onSelect(`view:${id}`, current)} />
    </nav>
  )
}

/** "Save view": names the current filters and search as a personal view. */
const NewView = ({ current, onSaved }: { current: TicketListFilters; onSaved: (id: string) => void }) => {
  const t = useHelpdeskT("list")
  const create = useCreateView()
  const [naming, setNaming] = useState(false)
  const [name, setName] = useState("")

  const submit = async () => {
    try {
      const { view } = await create.mutateAsync({ name: name.trim(), filters: current })
      toast.success(t("views.saved", { name: view.name }))
      setNaming(false)
      setName("")
      onSaved(view.id)
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  if (!naming) {
    return (
      <Button size="small" variant="secondary" className="self-start" onClick={() => setNaming(true)}>
        <Plus />
        {t("views.save")}
      </Button>
    )
  }
  return (
    <form
      className="flex flex-col gap-y-1"
      onSubmit={(e) => {
        e.preventDefault()
        if (name.trim()) submit()
      }}
    >
      <Input size="small" autoFocus aria-label={t("views.name")} placeholder={t("views.name")} value={name} onChange={(e) => setName(e.target.value)} />
      <div className="flex justify-end gap-x-1">
        <Button type="button" size="small" variant="transparent" onClick={() => setNaming(false)}>
          {t("views.cancel")}
        </Button>
        <Button type="submit" size="small" variant="secondary" disabled={!name.trim()} isLoading={create.isPending}>
          {t("views.saveButton")}
        </Button>
      </div>
    </form>
  )
}
