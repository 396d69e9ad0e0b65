import { Checkbox, Label, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { SavedView, useUpdateView } from "../hooks/api/saved-views"
import { useAgents, useMe } from "../hooks/api/workflow"
import { agentName } from "../lib/agent-name"
import { useHelpdeskT } from "../lib/i18n"
import { ActionDrawer } from "./action-drawer"

/** Shares a saved view with chosen agents only (SPEC: views personal, for everyone, or for some agents). */
export const SavedViewShareDrawer = ({ view, open, onClose }: { view: SavedView; open: boolean; onClose: () => void }) => {
  const t = useHelpdeskT("list")
  const update = useUpdateView()
  const { data: agents, isLoading, isError } = useAgents()
  const { data: me } = useMe()
  const [chosen, setChosen] = useState<string[]>([])
  useEffect(() => {
    if (open) setChosen(view.visibility === "agents" ? view.shared_with : [])
  }, [open, view])

  const others = (agents?.users ?? []).filter((u) => u.id !== me?.user.id)
  const toggle = (id: string, on: boolean) => setChosen((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)))
  const submit = async () => {
    try {
      await update.mutateAsync({ id: view.id, visibility: "agents", shared_with: chosen })
      toast.success(t("views.sharedWithAgents", { name: view.name, count: chosen.length }))
      return true
    } catch (error) {
      toast.error((error as Error).message)
      return false
    }
  }

  return (
    <ActionDrawer
      open={open}
      onClose={onClose}
      title={t("views.shareWithTitle", { name: view.name })}
      description={t("views.shareWithIntro")}
      confirmText={t("views.shareWithSubmit")}
      disabled={chosen.length === 0}
      onConfirm={submit}
    >
      {isLoading && <Text className="text-ui-fg-subtle">{t("views.agentsLoading")}</Text>}
      {isError && <Text className="text-ui-fg-error">{t("views.agentsError")}</Text>}
      {!isLoading && !isError && others.length === 0 && <Text className="text-ui-fg-subtle">{t("views.noOtherAgents")}</Text>}
      <ul className="flex flex-col gap-y-2">
        {others.map((agent) => (
          <li key={agent.id} className="flex items-center gap-x-2">
            <Checkbox
              id={`share-${agent.id}`}
              checked={chosen.includes(agent.id)}
              onCheckedChange={(on) => toggle(agent.id, on === true)}
            />
            <Label htmlFor={`share-${agent.id}`}>{agentName(agent)}</Label>
          </li>
        ))}
      </ul>
    </ActionDrawer>
  )
}
